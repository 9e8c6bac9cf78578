import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore

/// Tab completion from the grammar and the store: statement words first, then what the
/// grammar allows where the cursor is — clauses, fields and functions of the query's
/// source, span words, class and group names after `in`, subjects inside a function's
/// brackets, surnames, dot-commands, and file names after `.read`, `.output`, `.once`.
///
/// A line in Russian is completed in Russian: when its first word is Cyrillic (or, on an empty
/// line, the word being typed), the words of the language are offered in their Russian forms
/// (`уч` → `ученики`, `ученики в 7А г` → `где`), names as they are.
///
/// Names come from the session's catalog, which is read once and kept (and read anew
/// after a script writes), so a key press never queries the whole store.
public final class JournalCompleter: Completer {
    private let session: Session

    public init(session: Session) {
        self.session = session
    }

    public func complete(line: String, cursor: Int) -> (candidates: [String], typed: Int) {
        let before = String(line.prefix(cursor))
        let word = String(before.reversed().prefix { Self.isWordCharacter($0) }.reversed())
        let head = String(before.dropLast(word.count))
        let tokens = (try? Lexer.tokens(of: head)).map { Array($0.dropLast()) } ?? []
        guard Self.isRussian(tokens: tokens, word: word) else {
            return (Self.sorted(candidates(head: head, tokens: tokens, word: word), matching: word), word.count)
        }
        let english = candidates(head: head, tokens: tokens.map(Self.inEnglish), word: word)
        return (Self.sorted(Self.inRussian(english, matching: word), matching: word), word.count)
    }

    /// Whether a line is being written in Russian: its first word is Cyrillic, or, before any word,
    /// the one being typed is.
    static func isRussian(tokens: [Token], word: String) -> Bool {
        let first = tokens.first { $0.kind == .word }?.text ?? word
        return first.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// A Russian word of the language as its English twin, for the grammar to place; any other token as it is.
    static func inEnglish(_ token: Token) -> Token {
        guard token.kind == .word, let english = RussianWords.english(token.text) else { return token }
        return Token(kind: .word, text: english, span: token.span)
    }

    /// Candidates in Russian: each word of the language as its shown Russian form (or, when that
    /// is not what was typed, the other forms that start so: `уча` → `учащиеся`); names as they are.
    static func inRussian(_ candidates: [String], matching word: String) -> [String] {
        let typed = RussianWords.key(word)
        return candidates.flatMap { candidate -> [String] in
            guard let forms = RussianWords.forms.first(where: { $0.english == candidate })?.russian,
                let shown = forms.first
            else { return [candidate] }
            if RussianWords.key(shown).hasPrefix(typed) { return [shown] }
            return forms.filter { RussianWords.key($0).hasPrefix(typed) }
        }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "."
            || character == "/" || character == "$"
    }

    /// The candidates that start with what is typed (in any case, `ё` as `е`), each once, in order.
    static func sorted(_ candidates: [String], matching word: String) -> [String] {
        let typed = RussianWords.key(word)
        var seen: Set<String> = []
        return candidates.filter { RussianWords.key($0).hasPrefix(typed) && seen.insert($0).inserted }
    }

    private func candidates(head: String, tokens: [Token], word: String) -> [String] {
        let trimmed = head.trimmingCharacters(in: .whitespaces)
        // Dot-commands and their arguments.
        if trimmed.isEmpty && word.hasPrefix(".") {
            return MetaCommand.all.map { "." + $0.name }
        }
        if trimmed.hasPrefix(".") {
            let command = trimmed.dropFirst().split(separator: " ").first.map(String.init) ?? ""
            switch command {
            case "read", "output", "once": return files(word)
            case "mode": return OutputFormat.allCases.map(\.rawValue)
            case "schema":
                let sources = LanguageReference.sources.map(\.name)
                return Self.isRussian(tokens: [], word: word) ? Self.inRussian(sources, matching: word) : sources
            case "help": return MetaCommand.all.map(\.name)
            case "lang": return Language.allCases.map(\.rawValue)
            case "headers", "timer", "bail", "echo", "explain": return ["on", "off"]
            default: return []
            }
        }
        guard let first = tokens.first else { return LanguageReference.statementWords }
        let catalog = try? session.catalog()
        if first.isWord("issue") {
            // issue credentials for staff | CLASS | GRADE | people, …
            if tokens.count == 1 { return ["credentials"] }
            if tokens.count == 2 { return ["for"] }
            return ["staff"] + (catalog?.classes.map(\.name) ?? [])
                + (word.first?.isLetter == true ? surnames(catalog) : [])
        }
        if first.kind == .word && Parser.commandWords.contains(first.text.lowercased()) {
            return command(first.text.lowercased(), tokens: tokens, word: word, catalog: catalog)
        }
        let source = LanguageReference.sources.first { $0.name == first.text.lowercased() }
        let last = tokens.last!
        let lastWord = last.kind == .word ? last.text.lowercased() : ""
        let openBrackets =
            tokens.filter { $0.text == "(" && $0.kind == .symbol }.count
            - tokens.filter { $0.text == ")" && $0.kind == .symbol }.count
        var result: [String] = []
        // After "in" (or a comma of the scope): classes, groups, grades' classes.
        if lastWord == "in" || (last.text == "," && scopeIsOpen(tokens)) {
            result += catalog?.classes.map(\.name) ?? []
            result += catalog?.groups.map(\.name) ?? []
            if word.first?.isLetter == true { result += surnames(catalog) }
            return result
        }
        if lastWord == "during" || lastWord == "last" || lastWord == "this" {
            return lastWord == "this" ? ["week"] : lastWord == "last" ? ["week"] : LanguageReference.spanWords
        }
        if openBrackets > 0 {
            // Inside an aggregate: a function of the row or a field; inside a function of the
            // row (marks, absences, grade, …): a subject or a span.
            if let function = innermostCall(tokens),
                ["avg", "count", "min", "max", "list", "sum", "share", "median", "stddev"].contains(function)
            {
                result += source?.functions.map { String($0.dropLast(3)) } ?? []
                result += source?.fields.map(\.name) ?? []
                return result
            }
            result += catalog?.subjects.map(\.code) ?? []
            result += catalog?.subjects.map(\.name) ?? []
            result += LanguageReference.spanWords
            return result
        }
        // Elsewhere: the next clause, the source's fields and functions, values.
        result += source?.fields.map(\.name) ?? []
        result += source?.functions.map { String($0.dropLast(3)) } ?? []
        result += LanguageReference.functions
        result += LanguageReference.clauses
        result += ["and", "or", "not", "is", "empty", "desc", "asc", "by", "chart"]
        if word.first?.isNumber == true {
            result += catalog?.classes.map(\.name) ?? []
        } else if word.first?.isLetter == true {
            result += surnames(catalog)
        }
        if source == nil { result += LanguageReference.statementWords }
        return result
    }

    /// What a writing statement allows where the cursor is: the words that follow its verb, a
    /// class or group, the subjects the class is taught, and after `:` the class's students
    /// with the kinds of work, absence codes and grades.
    private func command(_ verb: String, tokens: [Token], word: String, catalog: JournalCatalog?) -> [String] {
        let schoolClass = tokens.first { $0.kind == .className }.flatMap { token in
            catalog?.classes.first { $0.name.lowercased() == token.text.lowercased() }
                ?? catalog?.groups.first { $0.name.lowercased() == token.text.lowercased() }.flatMap { group in
                    catalog?.classes.first { $0.id == group.classID }
                }
        }
        if tokens.contains(where: { $0.isSymbol(":") }) {
            let students = (catalog?.people ?? []).filter {
                $0.kind == .student && (schoolClass == nil || $0.className == schoolClass?.name)
            }
            let values: [String] =
                switch verb {
                case "mark": JournalStore.Vocabulary.markKinds
                case "absent": JournalStore.Vocabulary.attendanceCodes + ["present"]
                case "grade": JournalStore.Vocabulary.gradeValues.filter { Int($0) == nil }
                case "promote": ["retain", "leave", "graduate"]
                default: []
                }
            return values + Array(Set(students.map(\.lastName))).sorted()
        }
        let classes = (catalog?.classes.map(\.name) ?? []) + (catalog?.groups.map(\.name) ?? [])
        let objects: [String: [String]] = [
            "add": ["staff", "student", "parent", "class", "subject", "period", "timetable", "load"],
            "confirm": ["load"],
            "change": ["student", "staff", "parent", "class", "subject"],
            "remove": ["student", "staff", "parent", "class", "subject", "period", "timetable", "group", "load"],
            "create": ["lessons"], "correct": ["mark"], "approve": ["correction"], "reject": ["correction"],
            "resolve": ["remark"], "promote": ["year"], "open": ["year"], "exam": ["ОГЭ", "ЕГЭ", "ГВЭ"],
        ]
        if tokens.count == 1, let words = objects[verb] { return words }
        if tokens.count == 1 || tokens.last?.isWord("in") == true || tokens.last?.isWord("to") == true
            || tokens.last?.isSymbol(",") == true
        {
            return classes + (word.first?.isLetter == true ? surnames(catalog) : [])
        }
        if let schoolClass, tokens.last?.kind == .className {
            let codes = catalog?.subjectsTaught(inClass: schoolClass.id) ?? []
            return codes + ["today", "yesterday"]
        }
        let keywords = [
            "lesson", "from", "to", "on", "of", "set", "roles", "email", "phone", "born", "sex", "risk", "grade",
            "scheme", "teacher", "room", "group", "due", "because", "order", "dry", "run", "periods", "received",
            "term", "quarter", "half", "trimester", "year", "exam", "final", "today",
        ]
        return keywords + (word.first?.isLetter == true ? surnames(catalog) : [])
    }

    /// The name of the function whose brackets the cursor is in.
    private func innermostCall(_ tokens: [Token]) -> String? {
        var stack: [String] = []
        for (index, token) in tokens.enumerated() where token.kind == .symbol {
            if token.text == "(" {
                stack.append(index > 0 ? tokens[index - 1].text.lowercased() : "")
            } else if token.text == ")" {
                _ = stack.popLast()
            }
        }
        return stack.last
    }

    /// Whether the last clause keyword is "in" (a comma continues the scope).
    private func scopeIsOpen(_ tokens: [Token]) -> Bool {
        let clause = tokens.last { $0.kind == .word && LanguageReference.clauses.contains($0.text.lowercased()) }
        return clause?.text.lowercased() == "in"
    }

    private func surnames(_ catalog: JournalCatalog?) -> [String] {
        guard let catalog else { return [] }
        return Array(Set(catalog.people.map(\.lastName))).sorted()
    }

    /// File names in the folder the typed path names.
    private func files(_ word: String) -> [String] {
        let folder = (word as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return isDirectory.boolValue ? path + "/" : path
        }
    }
}
