import JournalFoundation
import JournalStore

/// Reads a writing statement's words into a `JournalWrite`, looking every name up in the
/// catalog. Each verb has its own shape (see `Grammar/ejournal.ebnf`); a mistake is reported
/// at the word, with what was expected there and a hint.
struct Commands {
    var names: Resolver
    let catalog: JournalCatalog
    let today: CivilDate
    let command: Syntax.Command

    struct Failure: Error {}

    /// The words of the part being read, and where in them the reading is.
    var words: [Token] = []
    var index = 0
    /// Where the part being read ends: for messages about a missing word.
    var endSpan: SourceSpan

    static func compile(_ command: Syntax.Command, catalog: JournalCatalog, today: CivilDate)
        throws(LanguageErrors) -> JournalWrite
    {
        var reader = Commands(command: command, catalog: catalog, today: today)
        let write = try? reader.read()
        guard reader.names.errors.isEmpty, let write else {
            throw LanguageErrors(
                reader.names.errors.isEmpty
                    ? [LanguageError("cannot read this statement", at: command.span)] : reader.names.errors)
        }
        return write
    }

    init(command: Syntax.Command, catalog: JournalCatalog, today: CivilDate) {
        self.names = Resolver(catalog: catalog, today: today, source: .students)
        self.catalog = catalog
        self.today = today
        self.command = command
        self.words = command.head
        self.endSpan = SourceSpan(command.span.end, command.span.end + 1)
    }

    // MARK: - Reading words

    var current: Token? { index < words.count ? words[index] : nil }
    var atEnd: Bool { index >= words.count }

    mutating func fail(_ message: String, at span: SourceSpan? = nil, hint: String? = nil) -> Failure {
        names.error(message, at: span ?? current?.span ?? endSpan, hint: hint)
        return Failure()
    }

    func found() -> String {
        current.map { "found \($0.described)" } ?? "the statement ends"
    }

    mutating func next(_ what: String, hint: String) throws -> Token {
        guard let token = current else { throw fail("expected \(what), but the statement ends", hint: hint) }
        index += 1
        return token
    }

    @discardableResult
    mutating func expect(_ word: String, hint: String) throws -> Token {
        guard let token = current, token.isWord(word) else {
            throw fail("expected \"\(word)\", \(found())", hint: hint)
        }
        index += 1
        return token
    }

    mutating func accept(_ word: String) -> Token? {
        guard let token = current, token.isWord(word) else { return nil }
        index += 1
        return token
    }

    /// `from DATE to DATE`, ending the statement.
    mutating func dateRange(hint: String) throws -> (String, String) {
        try expect("from", hint: hint)
        let from = try date(hint: hint)
        try expect("to", hint: hint)
        let to = try date(hint: hint)
        try expectEnd(hint: hint)
        if to < from { throw fail("the range ends before it starts", hint: hint) }
        return (from, to)
    }

    /// A school year: `2026/2027`, or one text (a `$year` variable).
    mutating func schoolYear(hint: String) throws -> String {
        let first = try next("a school year such as 2026/2027", hint: hint)
        var text = first.text
        if first.kind == .integer, let slash = current, slash.isSymbol("/"), index + 1 < words.count,
            words[index + 1].kind == .integer
        {
            text += "/" + words[index + 1].text
            index += 2
        }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard text.count == 9, parts.count == 2, parts[1] == parts[0] + 1 else {
            throw fail("expected a school year such as 2026/2027, found \(first.described)", at: first.span, hint: hint)
        }
        return text
    }

    mutating func acceptComma() -> Bool {
        guard let token = current, token.isSymbol(",") else { return false }
        index += 1
        return true
    }

    mutating func expectEnd(hint: String) throws {
        if let token = current {
            throw fail("\(token.described) is not expected here", at: token.span, hint: hint)
        }
    }

    /// Switches to reading one item after `:`.
    mutating func read(item: [Token], after previous: SourceSpan) {
        words = item
        index = 0
        endSpan =
            item.last.map { SourceSpan($0.span.end, $0.span.end + 1) } ?? SourceSpan(previous.end, previous.end + 1)
    }

    func place(_ span: SourceSpan) -> JournalWrite.Place { .init(span.start, span.end) }

    func place(of tokens: [Token]) -> JournalWrite.Place {
        guard let first = tokens.first, let last = tokens.last else { return place(command.span) }
        return place(first.span.to(last.span))
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

    mutating func date(hint: String) throws -> String {
        let token = try next("a date", hint: hint)
        if token.isWord("today") { return today.text }
        if token.isWord("yesterday") { return today.adding(days: -1).text }
        guard token.kind == .date || token.kind == .string, let date = CivilDate(token.text) else {
            throw fail("expected a date YYYY-MM-DD, found \(token.described)", at: token.span, hint: hint)
        }
        return date.text
    }

    mutating func schoolClass(hint: String) throws -> JournalCatalog.SchoolClass {
        let token = try next("a class", hint: hint)
        guard let found = names.findClass(token.text) else {
            throw fail("there is no class \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
        }
        return found
    }

    /// A class, or a group of one (`7А-eng-1`).
    mutating func classOrGroup(hint: String) throws -> (JournalCatalog.SchoolClass, JournalCatalog.Group?) {
        let token = try next("a class or group", hint: hint)
        if let found = names.findClass(token.text) { return (found, nil) }
        if let group = names.findGroup(token.text), let owner = catalog.classes.first(where: { $0.id == group.classID })
        {
            return (owner, group)
        }
        throw fail(
            "there is no class or group \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
    }

    mutating func subject(hint: String) throws -> JournalCatalog.Subject {
        let token = try next("a subject", hint: hint)
        guard let subject = names.findSubject(token.text, at: token.span) else { throw Failure() }
        return subject
    }

    /// The words of a person's name: an id, a surname, "Surname First", or several words up to a keyword.
    mutating func nameWords(stoppingAt stops: Set<String> = []) -> [Token] {
        var taken: [Token] = []
        while let token = current, token.kind == .word || token.kind == .string,
            !stops.contains(token.key), taken.count < 3
        {
            taken.append(token)
            index += 1
            if token.kind == .string { break }
        }
        return taken
    }

    mutating func person(
        _ kinds: Set<JournalCatalog.PersonKind>, what: String, in schoolClass: JournalCatalog.SchoolClass? = nil,
        stoppingAt stops: Set<String> = [], hint: String
    ) throws -> JournalCatalog.Person {
        let taken = nameWords(stoppingAt: stops)
        guard !taken.isEmpty else { throw fail("expected \(what), \(found())", hint: hint) }
        let span = taken.first!.span.to(taken.last!.span)
        let name = taken.map(\.text).joined(separator: " ")
        if let schoolClass {
            // Within a class, a surname is enough when it is the only one there.
            let classmates = catalog.people.filter { $0.kind == .student && $0.className == schoolClass.name }
            func matching(_ name: String) -> [JournalCatalog.Person] {
                let words = name.lowercased().split(separator: " ").map(String.init)
                return classmates.filter { person in
                    if person.id.lowercased() == name.lowercased() { return true }
                    guard let last = words.first, person.lastName.lowercased() == last else { return false }
                    if words.count > 1 && person.firstName.lowercased() != words[1] { return false }
                    if words.count > 2 && person.middleName?.lowercased() != words[2] { return false }
                    return true
                }
            }
            let words = name.lowercased().split(separator: " ").map(String.init)
            let matches = matching(name)
            if matches.count == 1 { return matches[0] }
            // "Беляев ill": the name is the words that name someone; the rest is read after it.
            if matches.isEmpty && taken.count > 1 && taken[0].kind == .word {
                for count in stride(from: taken.count - 1, through: 1, by: -1) {
                    let shorter = matching(taken.prefix(count).map(\.text).joined(separator: " "))
                    if shorter.count == 1 {
                        index -= taken.count - count
                        return shorter[0]
                    }
                }
            }
            if matches.isEmpty {
                throw fail(
                    "there is no student \"\(name)\" in \(schoolClass.name)", at: span,
                    hint: Suggestion.didYouMean(words.first ?? name, in: classmates.map(\.lastName))
                        ?? "the class list: students in \(schoolClass.name)")
            }
            throw fail(
                "\"\(name)\" matches \(matches.count) students of \(schoolClass.name): "
                    + matches.map { "\($0.id) \($0.fullName)" }.joined(separator: ", "), at: span,
                hint: "add the first name in quotes (\"\(matches[0].lastName) \(matches[0].firstName)\") or use the id")
        }
        guard let people = names.findPeople(name, kinds: kinds, at: span), let first = people.first else {
            throw Failure()
        }
        return first
    }

    mutating func staff(stoppingAt stops: Set<String> = [], hint: String) throws -> String {
        try person([.staff], what: "a staff member", stoppingAt: stops, hint: hint).id
    }

    /// `"Surname First [Middle]"` of a new person.
    mutating func fullName(id: String, hint: String) throws -> JournalWrite.Person {
        let token = try next("the name in quotes", hint: hint)
        let parts = token.text.split(separator: " ").map(String.init)
        guard token.kind == .string, (2...3).contains(parts.count) else {
            throw fail(
                "expected the full name in quotes: \"Surname First [Middle]\", found \(token.described)",
                at: token.span,
                hint: hint)
        }
        return .init(id: id, lastName: parts[0], firstName: parts[1], middleName: parts.count > 2 ? parts[2] : nil)
    }

    mutating func newID(hint: String) throws -> String {
        let token = try next("an id", hint: hint)
        guard token.kind == .word || token.kind == .string, !token.text.isEmpty,
            token.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else {
            throw fail("expected a new id such as S0500, found \(token.described)", at: token.span, hint: hint)
        }
        if let holder = catalog.people.first(where: { $0.id.lowercased() == token.text.lowercased() }) {
            throw fail(
                "the id \(token.text) is taken by \(holder.fullName)", at: token.span,
                hint: "ids are unique across staff, students and parents")
        }
        return token.text
    }

    mutating func weekday(hint: String) throws -> Int {
        let token = try next("a day of the week", hint: hint)
        if token.kind == .integer, let day = Int(token.text), (1...7).contains(day) { return day }
        let key = token.text.lowercased()
        if let day = CivilDate.weekdayNames.firstIndex(where: { $0 == key || $0.prefix(3) == key }) { return day + 1 }
        throw fail(
            "expected a day of the week, found \(token.described)", at: token.span,
            hint: Suggestion.didYouMean(key, in: CivilDate.weekdayNames) ?? "monday … saturday, or 1–7")
    }

    mutating func oneOf(_ values: [String], what: String, hint: String) throws -> String {
        let token = try next(what, hint: hint)
        let key = token.text.lowercased()
        guard let value = values.first(where: { $0.lowercased() == key }) else {
            throw fail(
                "\(token.described) is not \(what)", at: token.span,
                hint: Suggestion.didYouMean(key, in: values) ?? "one of: " + values.joined(separator: ", "))
        }
        return value
    }

    /// `CLASS|GROUP [SUBJECT] DATE [lesson N]`.
    mutating func lesson(hint: String) throws -> JournalWrite.LessonRef {
        let start = current?.span ?? endSpan
        let (schoolClass, group) = try classOrGroup(hint: hint)
        var subjects: [String]?
        if let token = current, token.kind == .word, !token.isWord("lesson"), !token.isWord("today"),
            !token.isWord("yesterday")
        {
            let subject = try self.subject(hint: hint)
            subjects = catalog.subjectWithCourses(subject.code)
        }
        let date = try self.date(hint: hint)
        var number: Int?
        if accept("lesson") != nil {
            number = try integer("the lesson's number", in: 1...12, hint: hint)
        }
        let end = index > 0 ? words[index - 1].span : start
        try expectEnd(hint: "after the lesson comes \":\" and the list: " + hint)
        return .init(
            classID: schoolClass.id, className: group?.name ?? schoolClass.name, groupID: group?.id,
            subjects: subjects, date: date, number: number, place: place(start.to(end)))
    }

    mutating func itemList(hint: String) throws -> [[Token]] {
        guard let items = command.items, !items.allSatisfy(\.isEmpty) else {
            throw fail("expected \":\" and the list after it", at: endSpan, hint: hint)
        }
        return items
    }

    mutating func quotedItem(_ what: String, hint: String) throws -> String {
        let items = try itemList(hint: hint)
        guard items.count == 1, items[0].count == 1, items[0][0].kind == .string else {
            throw fail("expected \(what) in quotes after \":\"", at: items.first?.first?.span ?? endSpan, hint: hint)
        }
        return items[0][0].text
    }

    // MARK: - Statements

    mutating func read() throws -> JournalWrite {
        let verb = command.verb.key
        switch verb {
        case "add": return try add()
        case "confirm":
            let hint = "confirm load in 8А, 8Б — or confirm load (every class)"
            try expect("load", hint: hint)
            var classes: [Int]?
            if accept("in") != nil {
                classes = [try schoolClass(hint: hint).id]
                while acceptComma() { classes!.append(try schoolClass(hint: hint).id) }
            }
            try expectEnd(hint: hint)
            return .confirmLoad(classIDs: classes)
        case "change": return try change()
        case "remove": return try remove()
        case "move":
            let hint = "move Иванов to 7Б on 2026-12-01"
            let student = try person([.student], what: "a student", stoppingAt: ["to"], hint: hint)
            try expect("to", hint: hint)
            let target = try schoolClass(hint: hint)
            var date = today.text
            if accept("on") != nil { date = try self.date(hint: hint) }
            try expectEnd(hint: hint)
            return .move(student: student.id, toClass: target.id, on: date)
        case "withdraw":
            let hint = "withdraw S0055 on 2026-12-01"
            let student = try person([.student], what: "a student", stoppingAt: ["on"], hint: hint)
            var date = today.text
            if accept("on") != nil { date = try self.date(hint: hint) }
            try expectEnd(hint: hint)
            return .withdraw(student: student.id, on: date)
        case "create":
            let hint = "create lessons in 7А from 2026-12-01 to 2026-12-07"
            try expect("lessons", hint: hint)
            var classes: [Int]?
            if accept("in") != nil {
                classes = [try schoolClass(hint: hint).id]
                while let comma = current, comma.isSymbol(",") {
                    index += 1
                    classes!.append(try schoolClass(hint: hint).id)
                }
            }
            let (from, to) = try dateRange(hint: hint)
            return .createLessons(classIDs: classes, from: from, to: to)
        case "topic", "homework":
            let hint = "\(verb) 7А alg 2026-11-20 lesson 3: \"Квадратные уравнения\""
            let ref = try lesson(hint: hint)
            let text = try quotedItem(verb == "topic" ? "the topic" : "the homework", hint: hint)
            return verb == "topic" ? .lessonTopic(ref, text) : .lessonHomework(ref, text)
        case "substitute":
            let hint = "substitute 7А alg 2026-11-20 lesson 3: Петрова"
            let ref = try lesson(hint: hint)
            let items = try itemList(hint: hint)
            read(item: items[0], after: command.span)
            if accept("none") != nil { return .lessonSubstitute(ref, staff: nil) }
            let staff = try self.staff(hint: hint)
            try expectEnd(hint: hint)
            return .lessonSubstitute(ref, staff: staff)
        case "mark": return try marks()
        case "absent": return try absences()
        case "grade": return try grades()
        case "exam": return try exams()
        case "group":
            let hint = "group 7А-eng-1 of 7А eng: Иванов, Петрова"
            let name = try next("the group's name", hint: hint)
            try expect("of", hint: hint)
            let schoolClass = try self.schoolClass(hint: hint)
            let subject = try self.subject(hint: hint)
            try expectEnd(hint: hint)
            var members: [String] = []
            for item in try itemList(hint: hint) {
                read(item: item, after: command.span)
                members.append(try person([.student], what: "a student", in: schoolClass, hint: hint).id)
                try expectEnd(hint: "students are separated by commas: " + hint)
            }
            return .group(name: name.text, classID: schoolClass.id, subject: subject.code, members: members)
        case "remark":
            let hint = "remark Петрова 7А alg due 2026-12-05: \"темы уроков не записаны\""
            let teacher = try staff(stoppingAt: ["due"], hint: hint)
            var classID: Int?
            var subject: String?
            if let token = current, token.kind == .className {
                classID = try schoolClass(hint: hint).id
            }
            if let token = current, !token.isWord("due") {
                subject = try self.subject(hint: hint).code
            }
            try expect("due", hint: hint)
            let due = try date(hint: hint)
            try expectEnd(hint: hint)
            let text = try quotedItem("the remark", hint: hint)
            return .remark(teacher: teacher, classID: classID, subject: subject, due: due, text: text)
        case "resolve":
            let hint = "resolve remark 3: \"темы записаны\""
            try expect("remark", hint: hint)
            let token = current
            let id = try integer("the remark's number", in: 1...Int(Int32.max), hint: hint)
            try expectEnd(hint: hint)
            let resolution = command.items == nil ? nil : try quotedItem("what was done", hint: hint)
            return .resolveRemark(id: id, place(token!.span), resolution: resolution)
        case "correct":
            let hint = "correct mark M0002112 to 4 because \"ошибка при выставлении\""
            try expect("mark", hint: hint)
            let id = try next("the mark's id", hint: hint)
            try expect("to", hint: hint)
            let value = try integer("a mark", in: 1...5, hint: hint)
            var reason: String?
            if accept("because") != nil { reason = try text("the reason", hint: hint) }
            try expectEnd(hint: hint)
            return .correct(mark: id.text, place(id.span), to: value, reason: reason)
        case "promote":
            let hint = "promote year 2026/2027 order \"45-у\" of 2027-06-20 dry run: retain S0010, leave S0011"
            try expect("year", hint: hint)
            let year = try schoolYear(hint: hint)
            try expect("order", hint: hint)
            let order = try text("the order's number", hint: hint)
            try expect("of", hint: hint)
            let date = try self.date(hint: hint)
            var dryRun = false
            if accept("dry") != nil {
                try expect("run", hint: hint)
                dryRun = true
            }
            try expectEnd(hint: hint)
            var exceptions: [JournalWrite.Exception] = []
            var items = command.items ?? []
            // The order's exceptions may come as one text (a script's `--set exceptions="retain S0033, …"`):
            // its words are read as if typed here, and a mistake in them is pointed at the text.
            if items.count == 1, items[0].count == 1, items[0][0].kind == .string {
                let text = items[0][0]
                let tokens = (try? Lexer.tokens(of: text.text)) ?? []
                items = [[]]
                for token in tokens where token.kind != .end {
                    if token.isSymbol(",") {
                        items.append([])
                    } else {
                        items[items.count - 1].append(Token(kind: token.kind, text: token.text, span: text.span))
                    }
                }
                items.removeAll { $0.isEmpty }
            }
            for item in items {
                read(item: item, after: command.span)
                let outcomes: [String: JournalWrite.Exception.Outcome] = [
                    "retain": .retained, "retained": .retained, "leave": .left, "leaves": .left, "graduate": .graduated,
                ]
                let word = try next("retain, leave or graduate", hint: hint)
                guard let outcome = outcomes[word.key] else {
                    throw fail("expected retain, leave or graduate, found \(word.described)", at: word.span, hint: hint)
                }
                let student = try person([.student], what: "a student", hint: hint)
                try expectEnd(hint: "the exceptions are separated by commas: " + hint)
                exceptions.append(.init(student: student.id, outcome: outcome, place: place(of: item)))
            }
            return .promote(year: year, order: order, date: date, exceptions: exceptions, dryRun: dryRun)
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
            try expectEnd(hint: hint)
            return .openYear(year: year, periodsFile: file)
        case "set":
            let hint = "set export folder \"/srv/ejournal/export\" — or set scripts folder none"
            let word = try next("export or scripts", hint: hint)
            guard let folder = JournalFolder(rawValue: word.key) else {
                throw fail(
                    "\(word.described) is not a folder users have: export or scripts", at: word.span, hint: hint)
            }
            try expect("folder", hint: hint)
            if accept("none") != nil {
                try expectEnd(hint: hint)
                return .setFolder(folder, path: nil)
            }
            let token = try next("the folder, in quotes", hint: hint)
            guard token.kind == .string else {
                throw fail("a path is written in quotes, not as \(token.described)", at: token.span, hint: hint)
            }
            try expectEnd(hint: hint)
            return .setFolder(folder, path: token.text)
        case "approve", "reject":
            let hint = verb == "approve" ? "approve correction 12" : "reject correction 12 because \"…\""
            try expect("correction", hint: hint)
            let token = current
            let id = try integer("the correction's number", in: 1...Int(Int32.max), hint: hint)
            var reason: String?
            if accept("because") != nil { reason = try text("the reason", hint: hint) }
            try expectEnd(hint: hint)
            return .decide(correction: id, place(token!.span), approve: verb == "approve", reason: reason)
        default:
            throw fail("\"\(command.verb.text)\" is not a statement", at: command.verb.span)
        }
    }
}
