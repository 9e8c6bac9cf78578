import JournalFoundation
import JournalStore

/// The entries of a lesson and of a period resolved: marks, absences, period grades.
extension Resolver {
    mutating func marks(_ syntax: Syntax.Lesson, _ items: [Syntax.MarkItem]) throws -> JournalWrite {
        let hint = "mark 7А alg 2026-11-20 lesson 3: Иванов 5, Петрова 4 control"
        let ref = try lesson(syntax)
        let schoolClass = catalog.classes.first { $0.id == ref.classID }!
        var entries: [JournalWrite.MarkEntry] = []
        for item in items {
            let student = try student(item.student, in: schoolClass) { resolver, token in
                resolver.refuse("expected a mark (1–5), found \(token.described)", at: token.span, hint: hint)
            }
            entries.append(.init(student: student.id, value: item.value, kind: item.kind, place: place(item.span)))
        }
        return .marks(ref, entries)
    }

    mutating func absences(_ syntax: Syntax.Lesson, _ items: [Syntax.AbsenceItem]) throws -> JournalWrite {
        let ref = try lesson(syntax)
        let schoolClass = catalog.classes.first { $0.id == ref.classID }!
        let codes = Array(Parser.absenceCodes.keys).sorted()
        var entries: [JournalWrite.AbsenceEntry] = []
        for item in items {
            // A word left over after the name stands where the code was expected; codes end a name,
            // so it is not one.
            let student = try student(item.student, in: schoolClass) { resolver, token in
                resolver.notOneOf(token, codes, what: "an absence code")
            }
            var code: String? = item.present ? nil : "absent"
            if let token = item.code { code = Parser.absenceCodes[try oneOf(token, codes, what: "an absence code")] }
            entries.append(.init(student: student.id, code: code, place: place(item.span)))
        }
        return .absences(ref, entries)
    }

    mutating func grades(
        _ classOrGroup: Token, _ subject: Token, _ periodToken: Token, _ number: Token?, _ items: [Syntax.GradeItem]
    ) throws -> JournalWrite {
        let hint = "grade 7А alg term 2: Иванов 5, Петрова н/а"
        let (schoolClass, group) = try self.classOrGroup(classOrGroup)
        let code = try self.subject(subject).code
        var period = periodToken.key
        if let number {
            if let scheme = Parser.periodSchemes[periodToken.key] ?? nil, scheme != schoolClass.scheme {
                throw refuse(
                    "\(schoolClass.name) is taught in \(Self.plural(schoolClass.scheme)), not " + Self.plural(scheme),
                    at: periodToken.span, hint: "say term N or \(schoolClass.scheme) N")
            }
            let count = max(1, catalog.periods(scheme: schoolClass.scheme).count)
            guard number.kind == .integer, let value = Int(number.text), (1...count).contains(value) else {
                throw refuse(
                    "expected the period's number (1–\(count)), found \(number.described)", at: number.span, hint: hint)
            }
            period = String(value)
        }
        let values = JournalStore.Vocabulary.gradeValues
        func notAGrade(_ resolver: inout Resolver, _ token: Token) -> Refusal {
            resolver.refuse(
                "\(token.described) is not a grade", at: token.span,
                hint: values.dropLast().joined(separator: ", ") + " or " + values.last!)
        }
        var entries: [JournalWrite.GradeEntry] = []
        for item in items {
            let student = try student(item.student, in: schoolClass, leftover: notAGrade)
            guard values.contains(item.value) else { throw notAGrade(&self, item.token) }
            entries.append(.init(student: student.id, value: item.value, place: place(item.span)))
        }
        return .grades(classID: schoolClass.id, groupID: group?.id, subject: code, period: period, entries)
    }
}
