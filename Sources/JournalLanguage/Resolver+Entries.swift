import JournalFoundation
import JournalStore

/// The entries of a lesson and of a period resolved: marks, absences, period grades.
extension Resolver {
    mutating func marks(_ syntax: Syntax.Lesson, _ items: [Syntax.StudentItem<Syntax.MarkEntry>]) throws
        -> JournalWrite
    {
        let ref = try lesson(syntax)
        let schoolClass = catalog.classes.first { $0.id == ref.classID }!
        let entries = try items.map { item -> JournalWrite.MarkEntry in
            let (student, mark) = try entry(item, in: schoolClass)
            return .init(student: student.id, value: mark.value, kind: mark.kind, place: place(item.span))
        }
        return .marks(ref, entries)
    }

    mutating func absences(_ syntax: Syntax.Lesson, _ items: [Syntax.StudentItem<String?>]) throws -> JournalWrite {
        let ref = try lesson(syntax)
        let schoolClass = catalog.classes.first { $0.id == ref.classID }!
        let entries = try items.map { item -> JournalWrite.AbsenceEntry in
            let (student, code) = try entry(item, in: schoolClass)
            return .init(student: student.id, code: code, place: place(item.span))
        }
        return .absences(ref, entries)
    }

    mutating func grades(
        _ classOrGroup: Token, _ subject: Token, _ periodToken: Token, _ number: Token?,
        _ items: [Syntax.StudentItem<String>]
    ) throws -> JournalWrite {
        let (schoolClass, group) = try self.classOrGroup(classOrGroup)
        let code = try self.subject(subject).code
        var period = periodToken.key
        if let number {
            try checkScheme(of: schoolClass, periodToken)
            period = String(try periodNumber(of: schoolClass, number))
        }
        let entries = try items.map { item -> JournalWrite.GradeEntry in
            let (student, value) = try entry(item, in: schoolClass)
            return .init(student: student.id, value: value, place: place(item.span))
        }
        return .grades(classID: schoolClass.id, groupID: group?.id, subject: code, period: period, entries)
    }

    /// `quarter N` said of a class taught in halves is a mistake; `term N` is each class's own.
    mutating func checkScheme(of schoolClass: JournalCatalog.SchoolClass, _ period: Token) throws {
        if let scheme = Parser.periodSchemes[period.key] ?? nil, scheme != schoolClass.scheme {
            throw refuse(
                Message(
                    ResolverText.taughtInPeriods, schoolClass.name, Self.plural(schoolClass.scheme), Self.plural(scheme)
                ),
                at: period.span,
                hint: Message(ResolverText.sayTermOr, Message.keyword("term"), Message.keyword(schoolClass.scheme)))
        }
    }

    mutating func periodNumber(of schoolClass: JournalCatalog.SchoolClass, _ number: Token) throws -> Int {
        let count = max(1, catalog.periods(scheme: schoolClass.scheme).count)
        guard number.kind == .integer, let value = Int(number.text), (1...count).contains(value) else {
            throw refuse(
                Message(ResolverText.expectedPeriodNumber, count, number.described), at: number.span,
                hint: Message(ResolverText.exampleGradeStatement))
        }
        return value
    }
}
