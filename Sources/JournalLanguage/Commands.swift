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

    private struct Failure: Error {}

    /// The words of the part being read, and where in them the reading is.
    private var words: [Token] = []
    private var index = 0
    /// Where the part being read ends: for messages about a missing word.
    private var endSpan: SourceSpan

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

    private init(command: Syntax.Command, catalog: JournalCatalog, today: CivilDate) {
        self.names = Resolver(catalog: catalog, today: today, source: .students)
        self.catalog = catalog
        self.today = today
        self.command = command
        self.words = command.head
        self.endSpan = SourceSpan(command.span.end, command.span.end + 1)
    }

    // MARK: - Reading words

    private var current: Token? { index < words.count ? words[index] : nil }
    private var atEnd: Bool { index >= words.count }

    private mutating func fail(_ message: String, at span: SourceSpan? = nil, hint: String? = nil) -> Failure {
        names.error(message, at: span ?? current?.span ?? endSpan, hint: hint)
        return Failure()
    }

    private func found() -> String {
        current.map { "found \($0.described)" } ?? "the statement ends"
    }

    private mutating func next(_ what: String, hint: String) throws -> Token {
        guard let token = current else { throw fail("expected \(what), but the statement ends", hint: hint) }
        index += 1
        return token
    }

    @discardableResult
    private mutating func expect(_ word: String, hint: String) throws -> Token {
        guard let token = current, token.isWord(word) else {
            throw fail("expected \"\(word)\", \(found())", hint: hint)
        }
        index += 1
        return token
    }

    private mutating func accept(_ word: String) -> Token? {
        guard let token = current, token.isWord(word) else { return nil }
        index += 1
        return token
    }

    /// `from DATE to DATE`, ending the statement.
    private mutating func dateRange(hint: String) throws -> (String, String) {
        try expect("from", hint: hint)
        let from = try date(hint: hint)
        try expect("to", hint: hint)
        let to = try date(hint: hint)
        try expectEnd(hint: hint)
        if to < from { throw fail("the range ends before it starts", hint: hint) }
        return (from, to)
    }

    /// A school year: `2026/2027`, or one text (a `$year` variable).
    private mutating func schoolYear(hint: String) throws -> String {
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

    private mutating func acceptComma() -> Bool {
        guard let token = current, token.isSymbol(",") else { return false }
        index += 1
        return true
    }

    private mutating func expectEnd(hint: String) throws {
        if let token = current {
            throw fail("\(token.described) is not expected here", at: token.span, hint: hint)
        }
    }

    /// Switches to reading one item after `:`.
    private mutating func read(item: [Token], after previous: SourceSpan) {
        words = item
        index = 0
        endSpan =
            item.last.map { SourceSpan($0.span.end, $0.span.end + 1) } ?? SourceSpan(previous.end, previous.end + 1)
    }

    private func place(_ span: SourceSpan) -> JournalWrite.Place { .init(span.start, span.end) }

    private func place(of tokens: [Token]) -> JournalWrite.Place {
        guard let first = tokens.first, let last = tokens.last else { return place(command.span) }
        return place(first.span.to(last.span))
    }

    private mutating func integer(_ what: String, in range: ClosedRange<Int>, hint: String) throws -> Int {
        let token = try next(what, hint: hint)
        guard token.kind == .integer, let value = Int(token.text), range.contains(value) else {
            throw fail(
                "expected \(what) (\(range.lowerBound)–\(range.upperBound)), found \(token.described)", at: token.span,
                hint: hint)
        }
        return value
    }

    private mutating func text(_ what: String, hint: String) throws -> String {
        let token = try next(what, hint: hint)
        guard token.kind == .string || token.kind == .word || token.kind == .integer, !token.text.isEmpty else {
            throw fail("expected \(what), found \(token.described)", at: token.span, hint: hint)
        }
        return token.text
    }

    private mutating func date(hint: String) throws -> String {
        let token = try next("a date", hint: hint)
        if token.isWord("today") { return today.text }
        if token.isWord("yesterday") { return today.adding(days: -1).text }
        guard token.kind == .date || token.kind == .string, let date = CivilDate(token.text) else {
            throw fail("expected a date YYYY-MM-DD, found \(token.described)", at: token.span, hint: hint)
        }
        return date.text
    }

    private mutating func schoolClass(hint: String) throws -> JournalCatalog.SchoolClass {
        let token = try next("a class", hint: hint)
        guard let found = names.findClass(token.text) else {
            throw fail("there is no class \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
        }
        return found
    }

    /// A class, or a group of one (`7А-eng-1`).
    private mutating func classOrGroup(hint: String) throws -> (JournalCatalog.SchoolClass, JournalCatalog.Group?) {
        let token = try next("a class or group", hint: hint)
        if let found = names.findClass(token.text) { return (found, nil) }
        if let group = names.findGroup(token.text), let owner = catalog.classes.first(where: { $0.id == group.classID })
        {
            return (owner, group)
        }
        throw fail(
            "there is no class or group \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
    }

    private mutating func subject(hint: String) throws -> JournalCatalog.Subject {
        let token = try next("a subject", hint: hint)
        guard let subject = names.findSubject(token.text, at: token.span) else { throw Failure() }
        return subject
    }

    /// The words of a person's name: an id, a surname, "Surname First", or several words up to a keyword.
    private mutating func nameWords(stoppingAt stops: Set<String> = []) -> [Token] {
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

    private mutating func person(
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

    private mutating func staff(stoppingAt stops: Set<String> = [], hint: String) throws -> String {
        try person([.staff], what: "a staff member", stoppingAt: stops, hint: hint).id
    }

    /// `"Surname First [Middle]"` of a new person.
    private mutating func fullName(id: String, hint: String) throws -> JournalWrite.Person {
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

    private mutating func newID(hint: String) throws -> String {
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

    private mutating func weekday(hint: String) throws -> Int {
        let token = try next("a day of the week", hint: hint)
        if token.kind == .integer, let day = Int(token.text), (1...7).contains(day) { return day }
        let key = token.text.lowercased()
        if let day = CivilDate.weekdayNames.firstIndex(where: { $0 == key || $0.prefix(3) == key }) { return day + 1 }
        throw fail(
            "expected a day of the week, found \(token.described)", at: token.span,
            hint: Suggestion.didYouMean(key, in: CivilDate.weekdayNames) ?? "monday … saturday, or 1–7")
    }

    private mutating func oneOf(_ values: [String], what: String, hint: String) throws -> String {
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
    private mutating func lesson(hint: String) throws -> JournalWrite.LessonRef {
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

    private mutating func itemList(hint: String) throws -> [[Token]] {
        guard let items = command.items, !items.allSatisfy(\.isEmpty) else {
            throw fail("expected \":\" and the list after it", at: endSpan, hint: hint)
        }
        return items
    }

    private mutating func quotedItem(_ what: String, hint: String) throws -> String {
        let items = try itemList(hint: hint)
        guard items.count == 1, items[0].count == 1, items[0][0].kind == .string else {
            throw fail("expected \(what) in quotes after \":\"", at: items.first?.first?.span ?? endSpan, hint: hint)
        }
        return items[0][0].text
    }

    // MARK: - Statements

    private mutating func read() throws -> JournalWrite {
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

    private mutating func marks() throws -> JournalWrite {
        let hint = "mark 7А alg 2026-11-20 lesson 3: Иванов 5, Петрова 4 control"
        let ref = try lesson(hint: hint)
        let schoolClass = catalog.classes.first { $0.id == ref.classID }!
        var entries: [JournalWrite.MarkEntry] = []
        for item in try itemList(hint: hint) {
            read(item: item, after: command.span)
            let student = try person([.student], what: "a student", in: schoolClass, hint: hint)
            let value = try integer("a mark", in: 1...5, hint: hint)
            var kind = "answer"
            if !atEnd { kind = try oneOf(JournalStore.Vocabulary.markKinds, what: "a kind of work", hint: hint) }
            try expectEnd(hint: "marks are separated by commas: " + hint)
            entries.append(.init(student: student.id, value: value, kind: kind, place: place(of: item)))
        }
        return .marks(ref, entries)
    }

    /// The stored codes, and the Russian letters for them.
    private static let absenceCodes = Dictionary(
        uniqueKeysWithValues: JournalStore.Vocabulary.attendanceCodes.map { ($0, $0) }
    )
    .merging(JournalStore.Vocabulary.attendanceAliases) { stored, _ in stored }

    private mutating func absences() throws -> JournalWrite {
        let hint = "absent 7А 2026-11-20 lesson 3: Сидоров sick, Петров"
        let ref = try lesson(hint: hint)
        let schoolClass = catalog.classes.first { $0.id == ref.classID }!
        var entries: [JournalWrite.AbsenceEntry] = []
        let stops = Set(Self.absenceCodes.keys).union(["present"])
        for item in try itemList(hint: hint) {
            read(item: item, after: command.span)
            let student = try person([.student], what: "a student", in: schoolClass, stoppingAt: stops, hint: hint)
            var code: String? = "absent"
            if accept("present") != nil {
                code = nil
            } else if !atEnd {
                code =
                    Self.absenceCodes[
                        try oneOf(Array(Self.absenceCodes.keys).sorted(), what: "an absence code", hint: hint)]
            }
            try expectEnd(hint: "students are separated by commas: " + hint)
            entries.append(.init(student: student.id, code: code, place: place(of: item)))
        }
        return .absences(ref, entries)
    }

    private mutating func grades() throws -> JournalWrite {
        let hint = "grade 7А alg term 2: Иванов 5, Петрова н/а"
        let (schoolClass, group) = try classOrGroup(hint: hint)
        let subject = try self.subject(hint: hint)
        let periodToken = try next("a period", hint: hint)
        let period: String
        switch periodToken.key {
        case "year", "exam", "final": period = periodToken.key
        case "term", "quarter", "half", "trimester":
            let scheme = Parser.periodSchemes[periodToken.key] ?? nil
            if let scheme, scheme != schoolClass.scheme {
                throw fail(
                    "\(schoolClass.name) is taught in \(Resolver.plural(schoolClass.scheme)), not "
                        + Resolver.plural(scheme), at: periodToken.span,
                    hint: "say term N or \(schoolClass.scheme) N")
            }
            let count = catalog.periods(scheme: schoolClass.scheme).count
            period = String(try integer("the period's number", in: 1...max(1, count), hint: hint))
        default:
            throw fail(
                "expected a period (term N, year, exam, final), found \(periodToken.described)", at: periodToken.span,
                hint: hint)
        }
        try expectEnd(hint: hint)
        var entries: [JournalWrite.GradeEntry] = []
        for item in try itemList(hint: hint) {
            read(item: item, after: command.span)
            let student = try person(
                [.student], what: "a student", in: schoolClass, stoppingAt: ["н/а", "н", "na", "осв", "зач", "незач"],
                hint: hint)
            let token = try next("a grade", hint: hint)
            var value = token.text.lowercased()
            if token.isWord("н"), let slash = current, slash.isSymbol("/"), index + 1 < words.count,
                words[index + 1].isWord("а")
            {
                index += 2
                value = "н/а"
            }
            if value == "na" { value = "н/а" }
            guard JournalStore.Vocabulary.gradeValues.contains(value) else {
                throw fail(
                    "\(token.described) is not a grade", at: token.span,
                    hint: JournalStore.Vocabulary.gradeValues.dropLast().joined(separator: ", ") + " or "
                        + JournalStore.Vocabulary.gradeValues.last!)
            }
            try expectEnd(hint: "grades are separated by commas: " + hint)
            entries.append(.init(student: student.id, value: value, place: place(of: item)))
        }
        return .grades(classID: schoolClass.id, groupID: group?.id, subject: subject.code, period: period, entries)
    }

    /// The exams by name in any case, and by their Latin spelling.
    private static let examNames = Dictionary(
        uniqueKeysWithValues: JournalStore.Vocabulary.exams.map { ($0.lowercased(), $0) }
    )
    .merging(["oge": "ОГЭ", "ege": "ЕГЭ", "gve": "ГВЭ"]) { stored, _ in stored }

    private mutating func exams() throws -> JournalWrite {
        let hint = "exam ОГЭ math 2027-06-01 received 2027-06-14: Иванов 18 4, Петрова 25 5"
        let token = try next("the exam (ОГЭ, ЕГЭ, ГВЭ)", hint: hint)
        guard let exam = Self.examNames[token.text.lowercased()] else {
            throw fail(
                "\(token.described) is not a state exam", at: token.span, hint: "ОГЭ, ЕГЭ or ГВЭ (oge, ege, gve)")
        }
        let subject = try self.subject(hint: hint)
        let taken = try date(hint: hint)
        var received: String?
        if accept("received") != nil { received = try date(hint: hint) }
        try expectEnd(hint: hint)
        var entries: [JournalWrite.ExamEntry] = []
        for item in try itemList(hint: hint) {
            read(item: item, after: command.span)
            let student = try person([.student], what: "a student", hint: hint)
            let score = try integer("the score", in: 0...100, hint: hint)
            var mark: Int?
            if !atEnd { mark = try integer("the mark", in: 2...5, hint: hint) }
            try expectEnd(hint: "results are separated by commas: " + hint)
            entries.append(.init(student: student.id, score: score, mark: mark, place: place(of: item)))
        }
        return .exams(exam: exam, subject: subject.code, takenOn: taken, receivedOn: received, entries)
    }

    // MARK: - The lists (R1)

    private static let roles = JournalStore.Vocabulary.roles
    private static let schemes = JournalStore.Vocabulary.schemes

    private mutating func options(_ allowed: [String], hint: String) throws -> [String: Token] {
        var found: [String: Token] = [:]
        while let token = current {
            guard allowed.contains(token.key) else {
                throw fail(
                    "\(token.described) is not expected here", at: token.span,
                    hint: "it may be followed by: " + allowed.joined(separator: ", ") + " — " + hint)
            }
            index += 1
            if token.key == "foreign" {
                found["foreign"] = token
                continue
            }
            found[token.key] = try next("a value after \"\(token.text)\"", hint: hint)
        }
        return found
    }

    private mutating func add() throws -> JournalWrite {
        let hint =
            "add student|staff|parent|class|subject|period|timetable …, e.g. add student S0500 \"Иванов Пётр\" to 7А"
        let what = try oneOf(
            ["staff", "student", "parent", "class", "subject", "period", "timetable", "load"], what: "what to add",
            hint: hint)
        switch what {
        case "load":
            let hint = "add load 7А alg teacher T007 hours 3 — or add load 7А-eng-1 eng teacher T009 hours 3"
            let (schoolClass, group) = try classOrGroup(hint: hint)
            let subject = try self.subject(hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try staff(stoppingAt: ["hours"], hint: hint)
            try expect("hours", hint: hint)
            let token = try next("hours a week", hint: hint)
            guard let hours = Double(token.text), hours > 0, hours <= 40 else {
                throw fail(
                    "expected hours a week (a number above 0), found \(token.described)", at: token.span, hint: hint)
            }
            try expectEnd(hint: hint)
            return .addLoad(
                classID: schoolClass.id, groupID: group?.id, subject: subject.code, teacher: teacher, hours: hours)
        case "staff":
            let hint = "add staff T050 \"Петрова Анна Ивановна\" roles teacher, class_teacher email \"…\""
            let id = try newID(hint: hint)
            let person = try fullName(id: id, hint: hint)
            var roles: [String] = []
            if accept("roles") != nil || accept("role") != nil {
                repeat { roles.append(try oneOf(Self.roles, what: "a role", hint: hint)) } while acceptComma()
            }
            let options = try self.options(["email", "phone"], hint: hint)
            return .addStaff(person, roles: roles, email: options["email"]?.text, phone: options["phone"]?.text)
        case "student":
            let hint = "add student S0500 \"Иванов Пётр Сергеевич\" to 7А born 2013-05-01 sex m"
            let id = try newID(hint: hint)
            let person = try fullName(id: id, hint: hint)
            try expect("to", hint: hint)
            let schoolClass = try self.schoolClass(hint: hint)
            let options = try self.options(["born", "sex", "risk"], hint: hint)
            if let born = options["born"], CivilDate(born.text) == nil {
                throw fail("\(born.described) is not a date", at: born.span, hint: "born YYYY-MM-DD")
            }
            if let sex = options["sex"], !["m", "f"].contains(sex.key) {
                throw fail("sex is m or f", at: sex.span)
            }
            return .addStudent(
                person, classID: schoolClass.id, birthDate: options["born"]?.text, sex: options["sex"]?.key,
                riskGroup: options["risk"]?.text)
        case "parent":
            let hint = "add parent P0500 \"Иванова Мария\" of Иванов phone \"+7 900 …\""
            let id = try newID(hint: hint)
            let person = try fullName(id: id, hint: hint)
            try expect("of", hint: hint)
            var children = [
                try self.person([.student], what: "a student", stoppingAt: ["phone", "email"], hint: hint).id
            ]
            while let comma = current, comma.isSymbol(",") {
                index += 1
                children.append(
                    try self.person([.student], what: "a student", stoppingAt: ["phone", "email"], hint: hint).id)
            }
            let options = try self.options(["phone", "email"], hint: hint)
            return .addParent(person, children: children, phone: options["phone"]?.text, email: options["email"]?.text)
        case "class":
            let hint = "add class 7В grade 7 scheme quarter teacher Петрова"
            let token = try next("the class's name", hint: hint)
            guard token.kind == .className else {
                throw fail(
                    "a class's name starts with its grade, as 7В; found \(token.described)", at: token.span, hint: hint)
            }
            let options = try self.options(["grade", "scheme", "teacher"], hint: hint)
            let grade = Int(options["grade"]?.text ?? String(token.text.prefix { $0.isNumber })) ?? 0
            guard (1...11).contains(grade) else {
                throw fail("the grade is 1–11", at: options["grade"]?.span ?? token.span)
            }
            let scheme = options["scheme"]?.key ?? "quarter"
            guard Self.schemes.contains(scheme) else {
                throw fail("the scheme is quarter, half or trimester", at: options["scheme"]!.span)
            }
            var teacher: String?
            if let name = options["teacher"] {
                teacher = names.findPeople(name.text, kinds: [.staff], at: name.span)?.first?.id
                if teacher == nil { throw Failure() }
            }
            let name = Resolver.normalizedClassName(token.text)
            return .addClass(name: name, grade: grade, scheme: scheme, teacher: teacher)
        case "subject":
            let hint = "add subject chem \"Химия\" course of sci foreign"
            let code = try next("the subject's code", hint: hint)
            let name = try next("the subject's name in quotes", hint: hint)
            guard name.kind == .string else { throw fail("the name is written in quotes", at: name.span, hint: hint) }
            var parent: String?
            if accept("course") != nil {
                try expect("of", hint: hint)
                parent = try subject(hint: hint).code
            }
            let options = try self.options(["foreign"], hint: hint)
            return .addSubject(
                code: code.text, name: name.text, parent: parent, foreignLanguage: options["foreign"] != nil)
        case "period":
            let hint = "add period quarter 3 from 2027-01-12 to 2027-03-20"
            let scheme = try oneOf(Self.schemes, what: "a scheme", hint: hint)
            let number = try integer("the period's number", in: 1...4, hint: hint)
            let (start, end) = try dateRange(hint: hint)
            return .addPeriod(scheme: scheme, number: number, start: start, end: end)
        default:
            let hint = "add timetable 7А monday 3 alg teacher Петрова room 21 group 7А-eng-1 from 2027-01-12"
            let schoolClass = try self.schoolClass(hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer("the lesson's number", in: 1...12, hint: hint)
            let subject = try self.subject(hint: hint)
            try expect("teacher", hint: hint)
            let teacher = try staff(stoppingAt: ["room", "group", "from"], hint: hint)
            let options = try self.options(["room", "group", "from"], hint: hint)
            var groupID: Int?
            if let token = options["group"] {
                guard let group = names.findGroup(token.text), group.classID == schoolClass.id else {
                    throw fail("\(schoolClass.name) has no group \"\(token.text)\"", at: token.span, hint: hint)
                }
                groupID = group.id
            }
            var from = today.text
            if let token = options["from"] {
                guard let date = CivilDate(token.text) else {
                    throw fail("\(token.described) is not a date", at: token.span)
                }
                from = date.text
            }
            return .addTimetable(
                .init(
                    classID: schoolClass.id, groupID: groupID, weekday: day, number: number, subject: subject.code,
                    teacher: teacher, room: options["room"]?.text, validFrom: from))
        }
    }

    /// The fields `change` may set, per record, with how a value is checked.
    private static let changeable: [String: [String]] = [
        "student": ["last_name", "first_name", "middle_name", "sex", "birth_date", "risk_group"],
        "staff": ["last_name", "first_name", "middle_name", "email", "phone", "roles"],
        "parent": ["last_name", "first_name", "middle_name", "email", "phone"],
        "class": ["teacher", "scheme"],
        "subject": ["name"],
    ]

    private mutating func change() throws -> JournalWrite {
        let hint = "change student Иванов set risk_group = \"пропуски\", last_name = \"Петров\""
        let what = try oneOf(["student", "staff", "parent", "class", "subject"], what: "what to change", hint: hint)
        let record: JournalWrite.Record
        switch what {
        case "student": record = .student(try person([.student], what: "a student", stoppingAt: ["set"], hint: hint).id)
        case "staff": record = .staff(try person([.staff], what: "a staff member", stoppingAt: ["set"], hint: hint).id)
        case "parent": record = .parent(try person([.parent], what: "a parent", stoppingAt: ["set"], hint: hint).id)
        case "class": record = .schoolClass(try schoolClass(hint: hint).id)
        default: record = .subject(try subject(hint: hint).code)
        }
        try expect("set", hint: hint)
        var assignments: [JournalWrite.Assignment] = []
        repeat {
            let fields = Self.changeable[what]!
            let field = try oneOf(fields, what: "a field of \(what)", hint: hint)
            guard let equals = current, equals.isSymbol("=") else {
                throw fail("expected \"=\", \(found())", hint: hint)
            }
            index += 1
            var value: String?
            if accept("empty") == nil {
                if field == "roles" {
                    var roles = [try oneOf(Self.roles, what: "a role", hint: hint)]
                    while let token = current, token.isSymbol("+") {
                        index += 1
                        roles.append(try oneOf(Self.roles, what: "a role", hint: hint))
                    }
                    value = roles.joined(separator: ",")
                } else if field == "teacher" {
                    value = try staff(hint: hint)
                } else if field == "scheme" {
                    value = try oneOf(Self.schemes, what: "a scheme", hint: hint)
                } else if field == "sex" {
                    value = try oneOf(["m", "f"], what: "m or f", hint: hint)
                } else if field == "birth_date" {
                    value = try date(hint: hint)
                } else {
                    value = try text("a value", hint: hint)
                }
            } else if ["last_name", "first_name", "name", "scheme"].contains(field) {
                throw fail("\(field) cannot be empty", at: words[index - 1].span, hint: hint)
            }
            assignments.append(.init(column: field == "teacher" ? "class_teacher" : field, value: value))
        } while acceptComma()
        try expectEnd(hint: hint)
        return .change(record, assignments)
    }

    private mutating func remove() throws -> JournalWrite {
        let hint =
            "remove student S0500 | staff T050 | parent P0500 | class 7В | subject chem | period quarter 4 | "
            + "timetable 7А monday 3 | group 7А-eng-1"
        let what = try oneOf(
            ["student", "staff", "parent", "class", "subject", "period", "timetable", "group", "load"],
            what: "what to remove", hint: hint)
        if what == "load" {
            let (schoolClass, group) = try classOrGroup(hint: hint)
            let subject = try self.subject(hint: hint)
            try expectEnd(hint: hint)
            return .removeLoad(classID: schoolClass.id, groupID: group?.id, subject: subject.code)
        }
        let record: JournalWrite.Record
        switch what {
        case "student": record = .student(try person([.student], what: "a student", hint: hint).id)
        case "staff": record = .staff(try person([.staff], what: "a staff member", hint: hint).id)
        case "parent": record = .parent(try person([.parent], what: "a parent", hint: hint).id)
        case "class": record = .schoolClass(try schoolClass(hint: hint).id)
        case "subject": record = .subject(try subject(hint: hint).code)
        case "period":
            let scheme = try oneOf(Self.schemes, what: "a scheme", hint: hint)
            record = .period(scheme: scheme, number: try integer("the period's number", in: 1...4, hint: hint))
        case "group":
            let token = try next("a group", hint: hint)
            guard let group = names.findGroup(token.text) else {
                throw fail("there is no group \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
            }
            record = .group(group.id)
        default:
            let schoolClass = try self.schoolClass(hint: hint)
            let day = try weekday(hint: hint)
            let number = try integer("the lesson's number", in: 1...12, hint: hint)
            var groupID: Int?
            if accept("group") != nil {
                let token = try next("a group", hint: hint)
                guard let group = names.findGroup(token.text) else {
                    throw fail(
                        "there is no group \"\(token.text)\"", at: token.span, hint: names.classNameHint(token.text))
                }
                groupID = group.id
            }
            record = .timetable(classID: schoolClass.id, groupID: groupID, weekday: day, number: number)
        }
        try expectEnd(hint: hint)
        return .remove(record)
    }
}
