import JournalFoundation
import JournalStore

/// The entries of a lesson and of a period: marks, absences, period grades, exam results.
extension Commands {
    mutating func marks() throws -> JournalWrite {
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
    static let absenceCodes = Dictionary(
        uniqueKeysWithValues: JournalStore.Vocabulary.attendanceCodes.map { ($0, $0) }
    )
    .merging(JournalStore.Vocabulary.attendanceAliases) { stored, _ in stored }

    mutating func absences() throws -> JournalWrite {
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

    mutating func grades() throws -> JournalWrite {
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
    static let examNames = Dictionary(
        uniqueKeysWithValues: JournalStore.Vocabulary.exams.map { ($0.lowercased(), $0) }
    )
    .merging(["oge": "ОГЭ", "ege": "ЕГЭ", "gve": "ГВЭ"]) { stored, _ in stored }

    mutating func exams() throws -> JournalWrite {
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
}
