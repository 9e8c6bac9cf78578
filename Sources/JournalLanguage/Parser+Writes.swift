import JournalFoundation
import JournalStore

/// Writing statements (`Grammar/ejournal.ebnf`, `command`): each verb's words parsed into
/// `Syntax.Write`. A statement is read in parts: the words before `:` (its head), then each
/// comma-separated item after it; a word missing at the end of a part is pointed at just after it.
extension Parser {
    /// The words of the part being read; nil at its end.
    var word: Token? { wordIndex < words.count ? words[wordIndex] : nil }
    var atPartEnd: Bool { wordIndex >= words.count }

    /// Records a mistake in a writing statement, at `span` or else the word being read.
    mutating func fail(_ message: String, hint: String) -> Failure {
        fail(message, at: word?.span ?? partEnd, hint: hint)
    }

    func found() -> String {
        word.map { "found \($0.described)" } ?? "the statement ends"
    }

    mutating func next(_ what: String, hint: String) throws -> Token {
        guard let token = word else { throw fail("expected \(what), but the statement ends", hint: hint) }
        wordIndex += 1
        return token
    }

    @discardableResult
    mutating func expect(_ keyword: String, hint: String) throws -> Token {
        guard let token = word, token.isWord(keyword) else {
            throw fail("expected \"\(keyword)\", \(found())", hint: hint)
        }
        wordIndex += 1
        return token
    }

    mutating func accept(_ keyword: String) -> Token? {
        guard let token = word, token.isWord(keyword) else { return nil }
        wordIndex += 1
        return token
    }

    mutating func acceptComma() -> Bool {
        guard let token = word, token.isSymbol(",") else { return false }
        wordIndex += 1
        return true
    }

    mutating func expectPartEnd(hint: String) throws {
        if let token = word { throw fail("\(token.described) is not expected here", at: token.span, hint: hint) }
    }

    /// Switches to reading `part`; a word missing at its end is pointed at just after `last`.
    mutating func read(part: [Token], after last: SourceSpan) {
        words = part
        wordIndex = 0
        partEnd = part.last.map { SourceSpan($0.span.end, $0.span.end + 1) } ?? SourceSpan(last.end, last.end + 1)
    }

    mutating func integer(_ what: String, in range: ClosedRange<Int>, hint: String) throws -> Int {
        let token = try next(what, hint: hint)
        guard token.kind == .integer, let value = Int(token.text), range.contains(value) else {
            throw fail(
                "expected \(what) (\(range.lowerBound)–\(range.upperBound)), found \(token.described)", at: token.span,
                hint: hint)
        }
        return value
    }

    mutating func text(_ what: String, hint: String) throws -> String {
        let token = try next(what, hint: hint)
        guard token.kind == .string || token.kind == .word || token.kind == .integer, !token.text.isEmpty else {
            throw fail("expected \(what), found \(token.described)", at: token.span, hint: hint)
        }
        return token.text
    }

    mutating func day(hint: String) throws -> Syntax.Day {
        let token = try next("a date", hint: hint)
        if token.isWord("today") { return .today }
        if token.isWord("yesterday") { return .yesterday }
        guard token.kind == .date || token.kind == .string, let date = CivilDate(token.text) else {
            throw fail("expected a date YYYY-MM-DD, found \(token.described)", at: token.span, hint: hint)
        }
        return .date(date.text)
    }

    /// `from DATE to DATE`, ending the part.
    mutating func dayRange(hint: String) throws -> (Syntax.Day, Syntax.Day) {
        try expect("from", hint: hint)
        let from = try day(hint: hint)
        try expect("to", hint: hint)
        let to = try day(hint: hint)
        try expectPartEnd(hint: hint)
        return (from, to)
    }

    /// A school year: `2026/2027`, or one text (a `$year` variable).
    mutating func schoolYear(hint: String) throws -> String {
        let first = try next("a school year such as 2026/2027", hint: hint)
        var text = first.text
        if first.kind == .integer, let slash = word, slash.isSymbol("/"), wordIndex + 1 < words.count,
            words[wordIndex + 1].kind == .integer
        {
            text += "/" + words[wordIndex + 1].text
            wordIndex += 2
        }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard text.count == 9, parts.count == 2, parts[1] == parts[0] + 1 else {
            throw fail("expected a school year such as 2026/2027, found \(first.described)", at: first.span, hint: hint)
        }
        return text
    }

    /// The words of a person's name: an id, a surname, "Surname First", or several words up to a keyword.
    mutating func name(_ what: String, stoppingAt stops: Set<String> = [], hint: String) throws -> Syntax.Name {
        var taken: [Token] = []
        while let token = word, token.kind == .word || token.kind == .string, !stops.contains(token.key),
            taken.count < 3
        {
            taken.append(token)
            wordIndex += 1
            if token.kind == .string { break }
        }
        guard !taken.isEmpty else { throw fail("expected \(what), \(found())", hint: hint) }
        return Syntax.Name(words: taken)
    }

    /// A word the resolver looks up (a class, a subject): kept in `writeNames` too, so that a mistake
    /// after it is reported only if it names something (`Syntax.WriteStatement.unfinished`).
    mutating func lookUp(_ what: String, as ref: (Token) -> Syntax.NameRef, hint: String) throws -> Token {
        let token = try next(what, hint: hint)
        writeNames.append(ref(token))
        return token
    }

    /// A person the resolver looks up in the whole school, kept in `writeNames` as `lookUp` keeps a word.
    mutating func person(_ what: String, _ kind: String, stoppingAt stops: Set<String> = [], hint: String) throws
        -> Syntax.Name
    {
        let name = try self.name(what, stoppingAt: stops, hint: hint)
        writeNames.append(.person(name, kind: kind))
        return name
    }

    mutating func oneOf(_ values: [String], what: String, hint: String) throws -> String {
        let token = try next(what, hint: hint)
        let key = token.key
        guard let value = values.first(where: { token.readings.contains($0.lowercased()) }) else {
            throw fail(
                "\(token.described) is not \(what)", at: token.span,
                hint: Suggestion.didYouMean(key, in: values) ?? "one of: " + values.joined(separator: ", "))
        }
        return value
    }

    mutating func weekday(hint: String) throws -> Int {
        let token = try next("a day of the week", hint: hint)
        if token.kind == .integer, let day = Int(token.text), (1...7).contains(day) { return day }
        let key = token.key
        if let day = CivilDate.weekdayNames.firstIndex(where: { $0 == key || $0.prefix(3) == key }) { return day + 1 }
        throw fail(
            "expected a day of the week, found \(token.described)", at: token.span,
            hint: Suggestion.didYouMean(key, in: CivilDate.weekdayNames) ?? "monday … saturday, or 1–7")
    }

    /// `CLASS|GROUP [SUBJECT] DATE [lesson N]`, ending the head.
    mutating func lesson(hint: String) throws -> Syntax.Lesson {
        let start = word?.span ?? partEnd
        let classOrGroup = try lookUp("a class or group", as: Syntax.NameRef.classOrGroup, hint: hint)
        var subject: Token?
        if let token = word, token.kind == .word, !token.isWord("lesson"), !token.isWord("today"),
            !token.isWord("yesterday")
        {
            subject = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
        }
        let date = try day(hint: hint)
        var number: Int?
        if accept("lesson") != nil {
            number = try integer("the lesson's number", in: 1...12, hint: hint)
        }
        let end = wordIndex > 0 ? words[wordIndex - 1].span : start
        try expectPartEnd(hint: "after the lesson comes \":\" and the list: " + hint)
        return .init(classOrGroup: classOrGroup, subject: subject, date: date, number: number, span: start.to(end))
    }

    /// The items after `:`, each read by `item` in a part of its own.
    mutating func items<Item>(hint: String, _ item: (inout Parser, SourceSpan) throws -> Item) throws -> [Item] {
        var result: [Item] = []
        for part in try itemList(hint: hint) {
            read(part: part, after: writeSpan)
            let span = part.first.map { $0.span.to(part.last!.span) } ?? writeSpan
            result.append(try item(&self, span))
        }
        return result
    }

    /// The items after `:`, their words as typed.
    mutating func itemList(hint: String) throws -> [[Token]] {
        guard let list = writeItems, !list.allSatisfy(\.isEmpty) else {
            throw fail("expected \":\" and the list after it", at: partEnd, hint: hint)
        }
        return list
    }

    /// The one text in quotes after `:` (a topic, a remark).
    mutating func quotedItem(_ what: String, hint: String) throws -> String {
        let list = try itemList(hint: hint)
        guard list.count == 1, list[0].count == 1, list[0][0].kind == .string else {
            throw fail("expected \(what) in quotes after \":\"", at: list.first?.first?.span ?? partEnd, hint: hint)
        }
        return list[0][0].text
    }

    // MARK: - Statements

    /// A writing statement: its verb, the words up to `:`, and the items after it, separated by commas.
    mutating func write() -> Syntax.Write {
        let verb = advance()
        var head: [Token] = []
        while !atStatementEnd && !current.isSymbol(":") { head.append(advance()) }
        writeItems = nil
        if accept(symbol: ":") != nil {
            var list: [[Token]] = [[]]
            while !atStatementEnd {
                if accept(symbol: ",") != nil {
                    list.append([])
                } else {
                    list[list.count - 1].append(advance())
                }
            }
            writeItems = list
        }
        writeSpan = verb.span.to(position > 0 ? tokens[position - 1].span : verb.span)
        read(part: head, after: writeSpan)
        // A word missing from the head is pointed at the end of the whole statement, items included.
        partEnd = SourceSpan(writeSpan.end, writeSpan.end + 1)
        let end = partEnd
        writeNames = []
        // A mistake is the resolver's to report, after the names read before it: as the words are read.
        let statement: Syntax.WriteStatement
        switch capture({ try $0.writeStatement(verb: verb) }) {
        case .success(let parsed): statement = parsed
        case .failure(let mistake): statement = .unfinished(writeNames, mistake: mistake)
        }
        return Syntax.Write(
            verb: Syntax.Word(text: verb.text, span: verb.span, key: verb.key), statement: statement, span: writeSpan,
            end: end)
    }

    mutating func writeStatement(verb token: Token) throws -> Syntax.WriteStatement {
        let verb = token.key
        switch verb {
        case "add": return try add()
        case "change": return try change()
        case "remove": return try remove()
        case "mark": return try marks()
        case "absent": return try absences()
        case "grade": return try grades()
        case "exam": return try exams()
        case "promote": return try promote()
        case "confirm":
            let hint = "confirm load in 8А, 8Б — or confirm load (every class)"
            try expect("load", hint: hint)
            var classes: [Token]?
            if accept("in") != nil {
                classes = [try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)]
                while acceptComma() {
                    classes!.append(try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint))
                }
            }
            try expectPartEnd(hint: hint)
            return .confirmLoad(classes: classes)
        case "move":
            let hint = "move Иванов to 7Б on 2026-12-01"
            let student = try person("a student", "student", stoppingAt: ["to"], hint: hint)
            try expect("to", hint: hint)
            let target = try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)
            var date: Syntax.Day?
            if accept("on") != nil { date = try day(hint: hint) }
            try expectPartEnd(hint: hint)
            return .move(student, toClass: target, on: date)
        case "withdraw":
            let hint = "withdraw S0055 on 2026-12-01"
            let student = try person("a student", "student", stoppingAt: ["on"], hint: hint)
            var date: Syntax.Day?
            if accept("on") != nil { date = try day(hint: hint) }
            try expectPartEnd(hint: hint)
            return .withdraw(student, on: date)
        case "create":
            let hint = "create lessons in 7А from 2026-12-01 to 2026-12-07"
            try expect("lessons", hint: hint)
            var classes: [Token]?
            if accept("in") != nil {
                classes = [try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)]
                while acceptComma() {
                    classes!.append(try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint))
                }
            }
            let (from, to) = try dayRange(hint: hint)
            return .createLessons(classes: classes, from: from, to: to)
        case "topic", "homework":
            let hint = "\(verb) 7А alg 2026-11-20 lesson 3: \"Квадратные уравнения\""
            let lesson = try self.lesson(hint: hint)
            let text = try quotedItem(verb == "topic" ? "the topic" : "the homework", hint: hint)
            return verb == "topic" ? .topic(lesson, text) : .homework(lesson, text)
        case "substitute":
            let hint = "substitute 7А alg 2026-11-20 lesson 3: Петрова"
            let lesson = try self.lesson(hint: hint)
            // Only the first item names the substitute; what follows a comma is not read.
            read(part: try itemList(hint: hint)[0], after: writeSpan)
            if accept("none") != nil { return .substitute(lesson, nil) }
            let staff = try person("a staff member", "staff", hint: hint)
            try expectPartEnd(hint: hint)
            return .substitute(lesson, staff)
        case "group":
            let hint = "group 7А-eng-1 of 7А eng: Иванов, Петрова"
            let name = try next("the group's name", hint: hint)
            try expect("of", hint: hint)
            let schoolClass = try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)
            let subject = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
            try expectPartEnd(hint: hint)
            let members = try items(hint: hint) { parser, span in
                parser.studentItem(span: span, shorterNames: true, hint: hint) { parser in
                    try parser.expectPartEnd(hint: "students are separated by commas: " + hint)
                    return Syntax.NothingMore()
                }
            }
            return .group(name: name.text, of: schoolClass, subject: subject, members: members)
        case "remark":
            let hint = "remark Петрова 7А alg due 2026-12-05: \"темы уроков не записаны\""
            let teacher = try person("a staff member", "staff", stoppingAt: ["due"], hint: hint)
            var schoolClass: Token?
            var subject: Token?
            if let token = word, token.kind == .className {
                schoolClass = try lookUp("a class", as: Syntax.NameRef.schoolClass, hint: hint)
            }
            if let token = word, !token.isWord("due") {
                subject = try lookUp("a subject", as: Syntax.NameRef.subject, hint: hint)
            }
            try expect("due", hint: hint)
            let due = try day(hint: hint)
            try expectPartEnd(hint: hint)
            let text = try quotedItem("the remark", hint: hint)
            return .remark(teacher: teacher, schoolClass: schoolClass, subject: subject, due: due, text: text)
        case "resolve":
            let hint = "resolve remark 3: \"темы записаны\""
            try expect("remark", hint: hint)
            let token = word
            let id = try integer("the remark's number", in: 1...Int(Int32.max), hint: hint)
            try expectPartEnd(hint: hint)
            let resolution = writeItems == nil ? nil : try quotedItem("what was done", hint: hint)
            return .resolveRemark(id: id, token!.span, resolution: resolution)
        case "correct":
            let hint = "correct mark M0002112 to 4 because \"ошибка при выставлении\""
            try expect("mark", hint: hint)
            let id = try next("the mark's id", hint: hint)
            try expect("to", hint: hint)
            let value = try integer("a mark", in: 1...5, hint: hint)
            var reason: String?
            if accept("because") != nil { reason = try text("the reason", hint: hint) }
            try expectPartEnd(hint: hint)
            return .correct(mark: id, to: value, reason: reason)
        case "approve", "reject":
            let hint = verb == "approve" ? "approve correction 12" : "reject correction 12 because \"…\""
            try expect("correction", hint: hint)
            let token = word
            let id = try integer("the correction's number", in: 1...Int(Int32.max), hint: hint)
            var reason: String?
            if accept("because") != nil { reason = try text("the reason", hint: hint) }
            try expectPartEnd(hint: hint)
            return .decide(correction: id, token!.span, approve: verb == "approve", reason: reason)
        case "open":
            let hint = "open year 2027/2028 periods \"periods-2027.csv\""
            try expect("year", hint: hint)
            let year = try schoolYear(hint: hint)
            var file: String?
            if accept("periods") != nil {
                let token = try next("the periods file, in quotes", hint: hint)
                guard token.kind == .string else {
                    throw fail("a path is written in quotes, not as \(token.described)", at: token.span, hint: hint)
                }
                file = token.text
            }
            try expectPartEnd(hint: hint)
            return .openYear(year: year, periodsFile: file)
        case "set":
            let hint = "set export folder \"/srv/ejournal/export\" — or set scripts folder none"
            let folder = try next("export or scripts", hint: hint)
            guard JournalFolder(rawValue: folder.key) != nil else {
                throw fail(
                    "\(folder.described) is not a folder users have: export or scripts", at: folder.span, hint: hint)
            }
            try expect("folder", hint: hint)
            if accept("none") != nil {
                try expectPartEnd(hint: hint)
                return .setFolder(folder.key, path: nil)
            }
            let token = try next("the folder, in quotes", hint: hint)
            guard token.kind == .string else {
                throw fail("a path is written in quotes, not as \(token.described)", at: token.span, hint: hint)
            }
            try expectPartEnd(hint: hint)
            return .setFolder(folder.key, path: token.text)
        default:
            throw fail("\"\(token.text)\" is not a statement", at: token.span)
        }
    }
}
