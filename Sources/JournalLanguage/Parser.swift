import JournalFoundation

/// The second stage: tokens → syntax tree, for every statement of a text.
///
/// The parser does not stop at the first mistake: after one it skips to the next
/// clause (`where`, `show`, …) or statement (`;`) and goes on, so a line with three
/// mistakes gets three messages.
///
/// ```
/// let statements = try Parser.parse("students in 7А where marks(math) < 3")
/// ```
public struct Parser {
    /// The sources a query can start with.
    public static let sources = [
        "students", "teachers", "staff", "parents", "classes", "subjects", "lessons", "marks", "absences", "grades",
        "visits", "corrections", "remarks", "failed_logins", "reissues", "changes",
        "load", "timetable", "plan", "groups", "periods", "exams", "enrolment", "accounts", "backups",
        "orders",
    ]
    /// The clauses of a query, in the only order they may come.
    public static let clauses = ["in", "during", "where", "by", "show", "order", "limit"]
    /// The words that start a statement.
    public static let statementWords =
        sources + [
            "explain", "audit", "check", "report", "forecast", "diary", "backup", "restore", "close", "issue",
        ] + commandWords
    /// The words that start a writing statement.
    public static let commandWords = [
        "add", "change", "remove", "move", "create", "topic", "homework", "substitute", "mark", "absent", "grade",
        "exam", "group", "remark", "resolve", "correct", "approve", "reject", "promote", "open", "confirm", "withdraw",
        "set",
    ]
    /// The words that start a time span.
    public static let spanWords = [
        "term", "quarter", "half", "trimester", "year", "today", "yesterday", "this", "last",
        "since", "from", "on",
    ]
    static let periodSchemes = ["term": nil, "quarter": "quarter", "half": "half", "trimester": "trimester"]

    let tokens: [Token]
    let source: SourceText
    var position = 0
    var errors: [LanguageError] = []
    /// How deep the expression being read nests: brackets, `not`, `-`, calls, and each operator
    /// of a chain (`a and b and c` is two deep). Bounded before the stack is, and before the SQL
    /// SQLite's parser can hold.
    var nesting = 0
    /// The deepest an expression may nest.
    static let deepest = 32
    /// The longest text of statements read at once, in bytes.
    public static let longestText = 256 * 1024
    // A writing statement is read in parts (`Parser+Writes.swift`): its words up to `:`, then each item
    // after it. These hold the part being read, the items, the whole statement's span, and the names
    // read so far (for a statement that goes wrong: `Syntax.WriteStatement.unfinished`).
    var words: [Token] = []
    var wordIndex = 0
    var partEnd = SourceSpan(0, 1)
    var writeItems: [[Token]]?
    var writeSpan = SourceSpan(0, 1)
    var writeNames: [Syntax.NameRef] = []

    /// Parses every statement of `source` (separated by `;`).
    public static func parse(_ source: String, variables: [String: String] = [:]) throws(LanguageErrors)
        -> [Syntax.Statement]
    {
        // A statement longer than anyone types is refused before it is read (a pasted file, a loop gone wrong).
        guard source.utf8.count <= Self.longestText else {
            throw LanguageErrors([
                LanguageError(
                    Message(ParserText.textTooLong, source.utf8.count / 1024, Self.longestText / 1024),
                    at: SourceSpan(0, 1), hint: Message(ParserText.splitTheText))
            ])
        }
        let tokens = try Lexer.tokens(of: source, variables: variables)
        var parser = Parser(tokens: tokens, source: source)
        let statements = parser.statements()
        guard parser.errors.isEmpty else { throw LanguageErrors(parser.errors) }
        return statements
    }

    init(tokens: [Token], source: String) {
        self.tokens = tokens
        self.source = SourceText(source)
    }

    // MARK: - Tokens

    var current: Token { tokens[position] }

    func peek(_ offset: Int = 1) -> Token {
        tokens[min(position + offset, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func accept(word: String) -> Token? {
        current.isWord(word) ? advance() : nil
    }

    mutating func accept(symbol: String) -> Token? {
        current.isSymbol(symbol) ? advance() : nil
    }

    var atStatementEnd: Bool {
        current.kind == .end || current.isSymbol(";")
    }

    func isClauseStart(_ token: Token) -> Bool {
        Self.clauses.contains { token.isWord($0) }
    }

    func text(_ span: SourceSpan) -> String {
        source.text(span.start, span.end)
    }

    /// The span of the token before the current one: where an expression ended.
    var previousEnd: Int {
        position > 0 ? tokens[position - 1].span.end : 0
    }

    struct Failure: Error {}

    /// Records a mistake and unwinds to the clause being parsed.
    mutating func fail(_ message: Message, at span: SourceSpan, hint: Message? = nil) -> Failure {
        errors.append(LanguageError(message, at: span, hint: hint))
        return Failure()
    }

    /// Skips tokens up to the next clause keyword (outside brackets) or the end of the statement.
    mutating func skipToClause() {
        var depth = 0
        while !atStatementEnd {
            if current.isSymbol("(") { depth += 1 }
            if current.isSymbol(")") { depth = max(0, depth - 1) }
            if depth == 0 && isClauseStart(current) && !current.isWord("in") { return }
            advance()
        }
    }

    // MARK: - Statements

    mutating func statements() -> [Syntax.Statement] {
        var result: [Syntax.Statement] = []
        while current.kind != .end {
            if accept(symbol: ";") != nil { continue }
            let errorCount = errors.count
            if let statement = try? statement(), errors.count == errorCount {
                result.append(statement)
            }
            if !atStatementEnd {
                if errors.count == errorCount {
                    errors.append(
                        LanguageError(
                            Message(ParserText.cannotFollowHere, current.described), at: current.span,
                            hint: Message(ParserText.endTheStatement)))
                }
                while !atStatementEnd { advance() }
            }
        }
        if result.isEmpty && errors.isEmpty {
            errors.append(
                LanguageError(Message(ParserText.queryIsEmpty), at: current.span, hint: Message(ParserText.startWith)))
        }
        return result
    }

    mutating func statement() throws -> Syntax.Statement {
        let first = current
        if accept(word: "explain") != nil {
            var plan = false
            if current.isWord("query") && peek().isWord("plan") {
                advance()
                advance()
                plan = true
            }
            if current.isWord("audit") || current.isWord("report") || current.isWord("forecast")
                || current.isWord("check")
            {
                return .explain(.report(try report()), plan: plan)
            }
            if current.isWord("diary") { return .explain(.diary(try diary()), plan: plan) }
            return .explain(.query(try query()), plan: plan)
        }
        if first.isWord("check") && peek().isWord("journal") {
            advance()
            let end = advance()
            return .checkJournal(first.span.to(end.span))
        }
        if first.isWord("audit") || first.isWord("report") || first.isWord("forecast") || first.isWord("check") {
            return .report(try report())
        }
        if first.isWord("diary") { return .diary(try diary()) }
        if first.isWord("backup") || first.isWord("restore") {
            return try backupStatement()
        }
        if first.isWord("close") {
            return try closeYear()
        }
        if first.isWord("issue") { return try issueCredentials() }
        if first.kind == .word && Self.commandWords.contains(first.key) {
            return .write(write())
        }
        return .query(try query())
    }

    /// `close year 2026/2027 [force "reason"]`.
    mutating func closeYear() throws -> Syntax.Statement {
        let start = advance()
        guard accept(word: "year") != nil else {
            throw fail(
                Message(ParserText.followedBy, start.text, MessageArgument.keyword("year")), at: current.span,
                hint: Message(ParserText.closeYearExample))
        }
        let first = current
        let year: String
        if first.kind == .string, first.text.count == 9, first.text.split(separator: "/").count == 2 {
            // A year given through a variable ($year) arrives as one text.
            year = advance().text
        } else {
            guard first.kind == .integer, peek().isSymbol("/"), peek(2).kind == .integer else {
                throw fail(
                    Message(ParserText.expectedSchoolYear, first.described), at: first.span,
                    hint: Message(ParserText.closeYearExample))
            }
            advance()
            advance()
            year = "\(first.text)/\(advance().text)"
        }
        var reason: String?
        if accept(word: "force") != nil {
            guard current.kind == .string, !current.text.isEmpty else {
                throw fail(
                    Message(ParserText.forceNeedsReason), at: current.span,
                    hint: Message(ParserText.closeForceExample, year))
            }
            reason = advance().text
        }
        return .closeYear(year, force: reason, start.span.to(tokens[position - 1].span))
    }

    /// `backup to "A", "B"`, `backup status`, `restore from "A"`.
    mutating func backupStatement() throws -> Syntax.Statement {
        let start = advance()
        if start.isWord("backup") && accept(word: "status") != nil { return .backupStatus }
        let preposition = start.isWord("backup") ? "to" : "from"
        let shownPreposition = Message(start.isWord("backup") ? ParserText.wordInto : .wordOutOf)
        guard accept(word: preposition) != nil else {
            throw fail(
                Message(ParserText.followedBy, start.text, shownPreposition), at: current.span,
                hint: Message(start.isWord("backup") ? ParserText.backupExample : .restoreExample))
        }
        var paths: [String] = []
        repeat {
            guard current.kind == .string else {
                throw fail(
                    Message(ParserText.pathInQuotes, current.described), at: current.span,
                    hint: Message(ParserText.pathExample, start.text.lowered(), shownPreposition))
            }
            paths.append(advance().text)
        } while start.isWord("backup") && accept(symbol: ",") != nil
        let span = start.span.to(tokens[max(0, position - 1)].span)
        return start.isWord("backup") ? .backup(paths, span) : .restore(paths[0], span)
    }

    mutating func report() throws -> Syntax.Report {
        let start = advance()
        var kind = Syntax.Report.Kind(rawValue: start.key)
        if start.isWord("check") {
            guard accept(word: "density") != nil else {
                throw fail(
                    Message(ParserText.checkIsFollowedByDensity), at: current.span,
                    hint: Message(ParserText.checkDensityExample))
            }
            kind = .checkDensity
        }
        _ = accept(word: "in")
        var scope: [Syntax.ScopeItem] = []
        if !atStatementEnd && !startsSpan() && !current.isWord("during") {
            scope = try scopeItems()
        }
        _ = accept(word: "during")
        var during: Syntax.TimeSpan?
        if !atStatementEnd {
            during = try timeSpan()
        }
        return Syntax.Report(
            kind: kind!, scope: scope, during: during, span: start.span.to(tokens[max(0, position - 1)].span))
    }

    mutating func query() throws -> Syntax.Query {
        let first = current
        if first.kind != .word || !Self.sources.contains(first.key) {
            let sources = Message(ParserText.queryStartsWithOneOf, Message.keywords(Self.sources))
            let hint = first.kind == .word ? Suggestion.meantKeyword(first.text, in: Self.statementWords) : nil
            _ = fail(Message(ParserText.queryCannotStartWith, first.described), at: first.span, hint: hint ?? sources)
            // Read the clauses all the same, to report their mistakes too.
            guard first.kind == .word && isClauseStart(peek()) else { throw Failure() }
        }
        advance()
        var query = Syntax.Query(
            source: Syntax.Word(text: first.text, span: first.span, key: first.key), span: first.span)
        var lastClause = -1
        var lastClauseWord = first
        while !atStatementEnd {
            if let chart = acceptChart() {
                query.chart = chart
                continue
            }
            let token = current
            guard let clause = Self.clauses.firstIndex(where: { token.isWord($0) }) else {
                misplaced(token)
                advance()
                skipToClause()
                continue
            }
            if clause <= lastClause {
                _ = fail(
                    Message(ParserText.clauseAfterClause, token.text, lastClauseWord.text), at: token.span,
                    hint: Message(ParserText.clausesGoInOrder, Message.keywords(Self.clauses)))
            } else {
                lastClauseWord = token
            }
            lastClause = max(lastClause, clause)
            advance()
            do {
                try parseClause(Self.clauses[clause], keyword: token, into: &query)
            } catch {
                skipToClause()
            }
            if !atStatementEnd && !isClauseStart(current) && !endsWithChart {
                misplaced(current)
                advance()
                skipToClause()
            }
        }
        query.span = first.span.to(tokens[max(0, position - 1)].span)
        return query
    }

    /// Whether the query ends here with `chart` (`диаграмма`): the last word of a query, after its clauses.
    var endsWithChart: Bool {
        current.isWord("chart") && (peek().kind == .end || peek().isSymbol(";"))
    }

    /// The word `chart` that ends a query, read.
    mutating func acceptChart() -> SourceSpan? {
        endsWithChart ? advance().span : nil
    }

    /// A token where a clause should start: a misspelt clause, or an item that lacks its clause.
    mutating func misplaced(_ token: Token) {
        if token.isWord("chart") {
            _ = fail(
                Message(ParserText.cannotFollowHere, token.described), at: token.span,
                hint: Message(ParserText.chartComesLast, MessageArgument.keyword("chart")))
        } else if token.kind == .word, let suggestion = Suggestion.meantKeyword(token.text, in: Self.clauses) {
            _ = fail(Message(ParserText.notAClause, token.described), at: token.span, hint: suggestion)
        } else if let decimal = decimalWithComma(at: token) {
            _ = fail(
                Message(ParserText.cannotFollowHere, token.described), at: token.span,
                hint: Message(ParserText.decimalWithPoint, decimal))
        } else if token.kind == .word && peek().isSymbol("(") {
            _ = fail(
                Message(ParserText.cannotFollowHere, token.described), at: token.span,
                hint: Message(ParserText.showOrFilterByIt, token.text))
        } else {
            _ = fail(
                Message(ParserText.cannotFollowHere, token.described), at: token.span,
                hint: Message(ParserText.clauseEndsWhereTheNextStarts, Message.keywords(Self.clauses)))
        }
    }

    /// `0,5` — a number, a comma and digits with no space between, as a Russian reader writes a
    /// decimal: the number with a point, for the hint.
    func decimalWithComma(at token: Token) -> String? {
        guard token.isSymbol(","), position > 0, position + 1 < tokens.count else { return nil }
        let (before, after) = (tokens[position - 1], tokens[position + 1])
        guard before.kind == .integer, after.kind == .integer, before.span.end == token.span.start,
            after.span.start == token.span.end
        else { return nil }
        return "\(before.text).\(after.text)"
    }

    mutating func parseClause(_ clause: String, keyword: Token, into query: inout Syntax.Query) throws {
        switch clause {
        case "in":
            query.scope = try scopeItems()
        case "during":
            query.during = try timeSpan()
        case "where":
            query.condition = try expression()
        case "by":
            // `по классам`: the column is named `класс`.
            query.groups = try items().map { item in
                guard case .word(let word) = item.expression,
                    let nominative = RussianWords.nominatives[RussianWords.key(word.text)]
                else { return item }
                return Syntax.Item(expression: item.expression, text: nominative)
            }
        case "show":
            query.shows = try items()
        case "order":
            guard accept(word: "by") != nil else {
                throw fail(
                    Message(ParserText.followedBy, keyword.text, MessageArgument.keyword("by")), at: current.span,
                    hint: Message(ParserText.orderByExample))
            }
            repeat {
                guard query.order.count < Self.mostItems else {
                    throw fail(
                        Message(ParserText.tooManyItems, Self.mostItems), at: current.span,
                        hint: Message(ParserText.orderByTheFew))
                }
                let expression = try expression()
                var descending = false
                if accept(word: "desc") != nil {
                    descending = true
                } else {
                    _ = accept(word: "asc")
                }
                query.order.append(Syntax.OrderItem(expression: expression, descending: descending))
            } while accept(symbol: ",") != nil
        default:
            let token = current
            guard token.kind == .integer, let value = Int(token.text) else {
                throw fail(
                    Message(ParserText.limitTakesWholeNumber, keyword.text, token.described), at: token.span,
                    hint: Message(ParserText.limitExample))
            }
            advance()
            query.limit = (value, token.span)
        }
    }

    mutating func scopeItems() throws -> [Syntax.ScopeItem] {
        var items: [Syntax.ScopeItem] = []
        repeat {
            let token = current
            switch token.kind {
            case .className, .word, .string:
                if token.kind == .word && (isClauseStart(token) || Self.spanWords.contains(token.key)) {
                    fallthrough
                }
                advance()
                var text = token.text
                var span = token.span
                // "Иванов Пётр": a surname and a first name name one student.
                if token.kind == .word, current.kind == .word, !isClauseStart(current),
                    !Self.spanWords.contains(current.key)
                {
                    text += " " + current.text
                    span = span.to(advance().span)
                }
                items.append(Syntax.ScopeItem(text: text, isNumber: false, span: span))
            case .integer:
                advance()
                items.append(Syntax.ScopeItem(text: token.text, isNumber: true, span: token.span))
            default:
                throw fail(
                    Message(ParserText.expectedScope, token.described), at: token.span,
                    hint: Message(ParserText.scopeExample))
            }
        } while accept(symbol: ",") != nil
        return items
    }
}
