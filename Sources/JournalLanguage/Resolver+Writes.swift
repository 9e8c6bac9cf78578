import JournalFoundation
import JournalStore

/// Writing statements resolved: `Syntax.Write` → `JournalWrite`, every name looked up in the
/// catalog and every date said as of `today`. A mistake is reported at the word it concerns.
///
/// ```
/// let write = try Resolver.resolve(parsedWrite, catalog: catalog, today: CivilDate("2026-11-27")!)
/// ```
extension Resolver {
    /// Unwinds a writing statement at its first mistake, which is already recorded in `errors`.
    struct Refusal: Error {}

    /// Resolves a parsed writing statement against the catalog as of `today`.
    public static func resolve(_ write: Syntax.Write, catalog: JournalCatalog, today: CivilDate)
        throws(LanguageErrors) -> JournalWrite
    {
        var resolver = Resolver(catalog: catalog, today: today, source: .students)
        let resolved = try? resolver.write(write)
        guard resolver.errors.isEmpty, let resolved else {
            throw LanguageErrors(
                resolver.errors.isEmpty
                    ? [LanguageError(Message(ResolverText.cannotRead), at: write.span)] : resolver.errors)
        }
        return resolved
    }

    mutating func refuse(_ message: Message, at span: SourceSpan, hint: Message? = nil) -> Refusal {
        error(message, at: span, hint: hint)
        return Refusal()
    }

    // MARK: - Names and values

    func place(_ span: SourceSpan) -> JournalWrite.Place { .init(span.start, span.end) }

    func date(_ day: Syntax.Day) -> String {
        switch day {
        case .date(let text): return text
        case .today: return today.text
        case .yesterday: return today.adding(days: -1).text
        }
    }

    /// `from … to …` as dates; a range that ends before it starts is pointed at the statement's end.
    mutating func range(_ from: Syntax.Day, _ to: Syntax.Day, in write: Syntax.Write, hint: Message) throws -> (
        String, String
    ) {
        let (start, end) = (date(from), date(to))
        if end < start { throw refuse(Message(ResolverText.rangeBackwards), at: write.end, hint: hint) }
        return (start, end)
    }

    mutating func schoolClass(_ token: Token) throws -> JournalCatalog.SchoolClass {
        guard let found = findClass(token.text) else {
            throw refuse(Message(ResolverText.noClass, token.text), at: token.span, hint: classNameHint(token.text))
        }
        return found
    }

    /// A class, or a group of one (`7А-eng-1`).
    mutating func classOrGroup(_ token: Token) throws -> (JournalCatalog.SchoolClass, JournalCatalog.Group?) {
        if let found = findClass(token.text) { return (found, nil) }
        if let group = findGroup(token.text), let owner = catalog.classes.first(where: { $0.id == group.classID }) {
            return (owner, group)
        }
        throw refuse(
            Message(ResolverText.noClassOrGroup, token.text), at: token.span, hint: classNameHint(token.text))
    }

    mutating func group(_ token: Token) throws -> JournalCatalog.Group {
        guard let group = findGroup(token.text) else {
            throw refuse(Message(ResolverText.noGroup, token.text), at: token.span, hint: classNameHint(token.text))
        }
        return group
    }

    mutating func subject(_ token: Token) throws -> JournalCatalog.Subject {
        guard let subject = findSubject(token.text, at: token.span) else { throw Refusal() }
        return subject
    }

    /// A person anywhere in the school, by id or name.
    mutating func person(_ name: Syntax.Name, _ kinds: Set<JournalCatalog.PersonKind>) throws
        -> JournalCatalog.Person
    {
        guard let people = findPeople(name.text, kinds: kinds, at: name.span), let first = people.first else {
            throw Refusal()
        }
        return first
    }

    /// The student an item names, and what follows the name in the reading that takes it.
    ///
    /// Within `schoolClass`, a surname is enough when it is the only one there, and the name is the
    /// longest reading whose words name one student ("Беляев ill": Беляев, then ill is read as the
    /// absence code it is not). Elsewhere the name is all its words, looked up in the whole school.
    mutating func entry<Rest>(_ item: Syntax.StudentItem<Rest>, in schoolClass: JournalCatalog.SchoolClass?) throws
        -> (JournalCatalog.Person, Rest)
    {
        guard let full = item.readings.first else {
            if let mistake = item.mistake { errors.append(mistake) }
            throw Refusal()
        }
        let (person, reading) =
            try schoolClass.map { try student(item, in: $0) } ?? (try person(full.name, [.student]), full)
        switch reading.rest {
        case .success(let rest): return (person, rest)
        case .failure(let mistake):
            errors.append(mistake)
            throw Refusal()
        }
    }

    private mutating func student<Rest>(_ item: Syntax.StudentItem<Rest>, in schoolClass: JournalCatalog.SchoolClass)
        throws -> (JournalCatalog.Person, Syntax.StudentItem<Rest>.Reading)
    {
        let classmates = catalog.people.filter { $0.kind == .student && $0.className == schoolClass.name }
        func matching(_ name: String) -> [JournalCatalog.Person] {
            let wanted = name.lowered()
            let words = wanted.split(separator: " ").map(String.init)
            return classmates.filter { person in
                if person.id.lowered() == wanted { return true }
                guard let last = words.first, person.lastName.lowered() == last else { return false }
                if words.count > 1 && person.firstName.lowered() != words[1] { return false }
                if words.count > 2 && person.middleName?.lowered() != words[2] { return false }
                return true
            }
        }
        let full = item.readings[0]
        let text = full.name.text
        let matches = matching(text)
        if matches.count == 1 { return (matches[0], full) }
        if matches.isEmpty {
            for reading in item.readings.dropFirst() {
                let shorter = matching(reading.name.text)
                if shorter.count == 1 { return (shorter[0], reading) }
            }
            let words = text.lowered().split(separator: " ").map(String.init)
            throw refuse(
                Message(ResolverText.noStudentIn, text, schoolClass.name), at: full.name.span,
                hint: Suggestion.meant(words.first ?? text, in: classmates.map(\.lastName))
                    ?? Message(ResolverText.classList, schoolClass.name))
        }
        throw refuse(
            Message(
                ResolverText.matchesStudentsOf, text, matches.count, schoolClass.name,
                matches.map { "\($0.id) \($0.fullName)" }.joinedText(separator: ", ")),
            at: full.name.span,
            hint: Message(ResolverText.addFirstNameInQuotes, "\(matches[0].lastName) \(matches[0].firstName)"))
    }

    /// `CLASS|GROUP [SUBJECT] DATE [lesson N]` as a reference the store finds the lesson by.
    mutating func lesson(_ lesson: Syntax.Lesson) throws -> JournalWrite.LessonRef {
        let (schoolClass, group) = try classOrGroup(lesson.classOrGroup)
        let subjects = try lesson.subject.map { catalog.subjectWithCourses(try subject($0).code) }
        return .init(
            classID: schoolClass.id, className: group?.name ?? schoolClass.name, groupID: group?.id,
            subjects: subjects, date: date(lesson.date), number: lesson.number, place: place(lesson.span))
    }

    // MARK: - Statements

    mutating func write(_ write: Syntax.Write) throws -> JournalWrite {
        switch write.statement {
        case .confirmLoad(let classes):
            return .confirmLoad(classIDs: try classes?.map { try schoolClass($0).id })
        case .move(let name, let target, let on, let order):
            let student = try person(name, [.student])
            return .move(
                student: student.id, toClass: try schoolClass(target).id, on: on.map(date) ?? today.text,
                order: order.map { JournalWrite.Order(number: $0.number, date: date($0.date)) })
        case .withdraw(let name, let on, let order):
            return .withdraw(
                student: try person(name, [.student]).id, on: on.map(date) ?? today.text,
                order: order.map { JournalWrite.Order(number: $0.number, date: date($0.date)) })
        case .createLessons(let classes, let from, let to):
            let ids = try classes?.map { try schoolClass($0).id }
            let (start, end) = try range(from, to, in: write, hint: Message(ResolverText.exampleCreateLessons))
            return .createLessons(classIDs: ids, from: start, to: end)
        case .topic(let syntax, let text): return .lessonTopic(try lesson(syntax), text)
        case .homework(let syntax, let text): return .lessonHomework(try lesson(syntax), text)
        case .substitute(let syntax, let name):
            let ref = try lesson(syntax)
            return .lessonSubstitute(ref, staff: try name.map { try person($0, [.staff]).id })
        case .marks(let syntax, let items): return try marks(syntax, items)
        case .absences(let syntax, let items): return try absences(syntax, items)
        case .grades(let classOrGroup, let subject, let period, let number, let items):
            return try grades(classOrGroup, subject, period, number, items)
        case .exams(let exam, let subject, let takenOn, let receivedOn, let items):
            let code = try self.subject(subject).code
            var entries: [JournalWrite.ExamEntry] = []
            for item in items {
                let (student, result) = try entry(item, in: nil)
                entries.append(
                    .init(student: student.id, score: result.score, mark: result.mark, place: place(item.span)))
            }
            return .exams(
                exam: exam, subject: code, takenOn: date(takenOn), receivedOn: receivedOn.map(date), entries)
        case .group(let name, let of, let subject, let verb, let on, let dateAt, let members):
            return .group(try groupChange(name, of, subject, verb, on, dateAt, members))
        case .remark(let teacher, let schoolClass, let subject, let due, let text):
            let staff = try person(teacher, [.staff]).id
            let classID = try schoolClass.map { try self.schoolClass($0).id }
            let code = try subject.map { try self.subject($0).code }
            return .remark(teacher: staff, classID: classID, subject: code, due: date(due), text: text)
        case .resolveRemark(let id, let span, let resolution):
            return .resolveRemark(id: id, place(span), resolution: resolution)
        case .correct(let mark, let value, let reason):
            return .correct(mark: mark.text, place(mark.span), to: value, reason: reason)
        case .decide(let id, let span, let approve, let reason):
            return .decide(correction: id, place(span), approve: approve, reason: reason)
        case .promote(let year, let order, let day, let dryRun, let items):
            var exceptions: [JournalWrite.Exception] = []
            for item in items {
                let student = try entry(item.student, in: nil).0
                let outcome = JournalWrite.Exception.Outcome(rawValue: item.outcome!.rawValue)!
                exceptions.append(.init(student: student.id, outcome: outcome, place: place(item.student.span)))
            }
            return .promote(year: year, order: order, date: date(day), exceptions: exceptions, dryRun: dryRun)
        case .openYear(let year, let file):
            return .openYear(year: year, periodsFile: file)
        case .setFolder(let folder, let path):
            return .setFolder(JournalFolder(rawValue: folder)!, path: path)
        case .unfinished(let names, let mistake):
            for name in names { try lookUp(name) }
            errors.append(mistake)
            throw Refusal()
        case .addStaff, .addStudent, .addParent, .addClass, .addSubject, .addPeriod, .addTimetable, .addLoad,
            .removeLoad, .change, .remove:
            return try list(write)
        }
    }

    /// A name read before a statement's mistake, looked up as the statement would have.
    mutating func lookUp(_ name: Syntax.NameRef) throws {
        switch name {
        case .schoolClass(let token): _ = try schoolClass(token)
        case .classOrGroup(let token): _ = try classOrGroup(token)
        case .subject(let token): _ = try subject(token)
        case .group(let token): _ = try group(token)
        case .newID(let token): _ = try newID(token)
        case .person(let name, let kind):
            _ = try person(name, kind == "staff" ? [.staff] : kind == "parent" ? [.parent] : [.student])
        case .periodScheme(let classOrGroup, let period):
            try checkScheme(of: try self.classOrGroup(classOrGroup).0, period)
        case .periodNumber(let classOrGroup, let number):
            _ = try periodNumber(of: try self.classOrGroup(classOrGroup).0, number)
        }
    }
}
