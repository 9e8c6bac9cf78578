import GRDB
import JournalFoundation

/// Promotion by the director's order and opening the next year (R5).
extension JournalWriter {
    static func nextYear(_ year: String) -> String? {
        guard let first = Int(year.prefix(4)), year.count == 9 else { return nil }
        return "\(first + 1)/\(first + 2)"
    }

    /// A class's name in another grade: `7А` → `8А`, `10А-…` → `11А-…`.
    static func name(_ name: String, inGrade grade: Int) -> String {
        String(grade) + name.drop { $0.isNumber }
    }

    func promote(
        year: String, order: String, date: String, exceptions: [JournalWrite.Exception], dryRun: Bool
    ) throws -> WriteOutcome {
        guard let next = Self.nextYear(year) else { throw WriteRefusal(Message(StoreText.yearIsNotASchoolYear, year)) }
        guard
            let closed = try Row.fetchOne(
                db, sql: "SELECT closed_at FROM school_year WHERE year = ?", arguments: [year])
        else {
            throw WriteRefusal(Message(StoreText.noSchoolYear, year))
        }
        guard (closed["closed_at"] as String?) != nil else {
            throw WriteRefusal(
                Message(StoreText.yearNotClosedGrades, year), hint: Message(StoreText.closeItFirst, year))
        }
        if let done = try Row.fetchOne(
            db, sql: "SELECT number, date FROM promotion_order WHERE year = ?", arguments: [year])
        {
            throw WriteRefusal(
                Message(StoreText.promotedAlready, year, done["number"] as String, done["date"] as String))
        }
        let students = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.last_name || ' ' || s.first_name AS name, c.id AS class_id, c.name AS class, c.grade
                FROM student s JOIN class c ON c.id = s.class_id WHERE c.year = ?
                ORDER BY c.grade, c.name, s.last_name, s.first_name
                """, arguments: [year])
        let inYear = Set(students.map { $0["id"] as String })
        var exception: [String: JournalWrite.Exception.Outcome] = [:]
        for item in exceptions {
            guard inYear.contains(item.student) else {
                throw WriteRefusal(Message(StoreText.inNoClassOfYear, item.student, year), at: item.place)
            }
            exception[item.student] = item.outcome
        }
        // Students with a final 2 or н/а: listed for the order before anything moves.
        let debts = try Row.fetchAll(
            db,
            sql: """
                SELECT g.student_id, group_concat(sub.name || ' ' || g.value, ', ') AS debts
                FROM period_grade g JOIN subject sub ON sub.code = g.subject
                WHERE g.year = ? AND g.period IN ('year', 'final') AND g.value IN ('2', 'н/а')
                GROUP BY g.student_id
                """, arguments: [year])
        let debt = Dictionary(uniqueKeysWithValues: debts.map { ($0["student_id"] as String, $0["debts"] as String) })
        var lines: [Message] = []
        let names = Dictionary(uniqueKeysWithValues: students.map { ($0["id"] as String, $0) })
        if !debt.isEmpty {
            lines.append(Message(StoreText.debtsForTheOrder))
            for (id, subjects) in debt.sorted(by: { $0.key < $1.key }) {
                let row = names[id]
                lines.append(
                    Message(
                        StoreText.debtLine, id, row?["name"] as String? ?? "", row?["class"] as String? ?? "", subjects,
                        Message(Self.debtOutcome(exception[id]))))
            }
        }
        let start = String(next.prefix(4)) + "-09-01"
        var counts: [String: Int] = [:]
        var perClass: [(String, [Message])] = []
        try db.inSavepoint {
            try db.execute(sql: "INSERT OR IGNORE INTO school_year (year) VALUES (?)", arguments: [next])
            try db.execute(
                sql: "INSERT INTO promotion_order (year, number, date, made_at) VALUES (?, ?, ?, ?)",
                arguments: [year, order, date, now])
            let orderID = db.lastInsertedRowID
            var classCache: [String: Int64] = [:]
            func nextClass(named name: String, grade: Int, from source: Row, promoted: Bool) throws -> Int64 {
                if let id = classCache[name] { return id }
                if let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM class WHERE year = ? AND name = ?", arguments: [next, name])
                {
                    classCache[name] = id
                    return id
                }
                try db.execute(
                    sql: """
                        INSERT INTO class (name, grade, year, scheme, class_teacher, promoted_from)
                        SELECT ?, ?, ?, scheme, CASE WHEN ? THEN class_teacher END, id
                        FROM class WHERE id = ?
                        """, arguments: [name, grade, next, promoted, source["class_id"] as Int])
                classCache[name] = db.lastInsertedRowID
                return db.lastInsertedRowID
            }
            for student in students {
                let id: String = student["id"]
                let grade: Int = student["grade"]
                let className: String = student["class"]
                let outcome: String
                var target: Int64?
                switch exception[id] {
                case .retained?:
                    outcome = "retained"
                    target = try nextClass(named: className, grade: grade, from: student, promoted: false)
                case .left?: outcome = "left"
                case .graduated?: outcome = "graduated"
                case nil:
                    if grade == 9 || grade == 11 {
                        outcome = "graduated"
                    } else {
                        outcome = debt[id] == nil ? "promoted" : "conditional"
                        target = try nextClass(
                            named: Self.name(className, inGrade: grade + 1), grade: grade + 1, from: student,
                            promoted: true)
                    }
                }
                try db.execute(
                    sql: "UPDATE enrolment SET until = ? WHERE student_id = ? AND until IS NULL",
                    arguments: [date, id])
                if let target {
                    try db.execute(
                        sql: "INSERT INTO enrolment (student_id, class_id, since, reason) VALUES (?, ?, ?, ?)",
                        arguments: [id, target, start, outcome])
                    try db.execute(sql: "UPDATE student SET class_id = ? WHERE id = ?", arguments: [target, id])
                } else {
                    try db.execute(
                        sql: "UPDATE student SET class_id = NULL, left_on = ?, left_reason = ? WHERE id = ?",
                        arguments: [date, outcome == "left" ? "left" : "graduated", id])
                }
                try db.execute(
                    sql:
                        "INSERT INTO promotion (order_id, student_id, from_class, to_class, outcome) VALUES (?, ?, ?, ?, ?)",
                    arguments: [orderID, id, student["class_id"] as Int, target, outcome])
                counts[outcome, default: 0] += 1
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT c.name AS from_class, p.outcome, p.n, t.name AS to_class
                    FROM (SELECT from_class, to_class, outcome, count(*) AS n FROM promotion WHERE order_id = ?
                          GROUP BY from_class, to_class, outcome) p
                    JOIN class c ON c.id = p.from_class LEFT JOIN class t ON t.id = p.to_class
                    ORDER BY c.grade, c.name, c.id, p.to_class, p.outcome
                    """, arguments: [orderID])
            {
                let from: String = row["from_class"]
                let part = Message(
                    Self.outcomeCount(row["outcome"]), row["n"] as Int,
                    (row["to_class"] as String?).map { Message(StoreText.toClass, $0) } ?? Message.verbatim(""))
                if perClass.last?.0 == from {
                    perClass[perClass.count - 1].1.append(part)
                } else {
                    perClass.append((from, [part]))
                }
            }
            return dryRun ? .rollback : .commit
        }
        lines += perClass.map { Message(StoreText.classPromotion, $0.0, Message.joined($0.1, separator: "; ")) }
        let total = ["promoted", "conditional", "retained", "left", "graduated"].compactMap { key in
            counts[key].map { Message(Self.outcomeTotal(key), $0) }
        }
        let head =
            dryRun
            ? Message(StoreText.promotionDryRun, order, date)
            : Message(StoreText.promotedByOrder, order, date, next)
        return WriteOutcome(
            summary: Message.joined(
                [head] + lines + [Message(StoreText.promotedInAll, Message.joined(total, separator: ", "))],
                separator: "\n"))
    }

    /// What the order does to a student with a final 2 or н/а: its exception, else a conditional promotion.
    static func debtOutcome(_ exception: JournalWrite.Exception.Outcome?) -> StoreText {
        switch exception {
        case .retained?: .outcomeRetained
        case .left?: .outcomeLeft
        case .graduated?: .outcomeGraduated
        case nil: .outcomePromotedConditionally
        }
    }

    /// "promoted 24" in a class's line of the order.
    static func outcomeCount(_ outcome: String) -> StoreText {
        switch outcome {
        case "promoted": .promotedCount
        case "conditional": .conditionalCount
        case "retained": .retainedCount
        case "left": .leftCount
        default: .graduatedCount
        }
    }

    /// "24 promoted" in the order's total.
    static func outcomeTotal(_ outcome: String) -> StoreText {
        switch outcome {
        case "promoted": .promotedTotal
        case "conditional": .conditionalTotal
        case "retained": .retainedTotal
        case "left": .leftTotal
        default: .graduatedTotal
        }
    }

    /// The periods of `year` in a `periods.csv` (year, scheme, number, start, end), each checked.
    func periods(in path: String, year: String) throws -> [(String, Int, String, String)] {
        let source = try CSVSource(path: path, name: path, dialect: CSVDialect())
        let columns = ["year", "scheme", "number", "start", "end"]
        let index = try columns.map { column -> Int in
            guard let found = source.header.firstIndex(of: column) else {
                throw Diagnostic(
                    Message(StoreText.periodsFileNoColumn, path, column), at: source.location(line: 1, field: 0),
                    hint: Message(StoreText.periodsFileColumns, columns.joinedText(separator: ", ")))
            }
            return found
        }
        var rows: [(String, Int, String, String)] = []
        while let (line, fields) = try source.next() {
            func field(_ column: Int) -> String { index[column] < fields.count ? fields[index[column]] : "" }
            guard field(0) == year else { continue }
            let problem: (Int, StoreText)? =
                !JournalStore.Vocabulary.schemes.contains(field(1))
                ? (1, .schemeValues)
                : !(1...4).contains(Int(field(2)) ?? 0)
                    ? (2, .periodNumberValues)
                    : CivilDate(field(3)) == nil
                        ? (3, .notADateYMD)
                        : CivilDate(field(4)) == nil
                            ? (4, .notADateYMD)
                            : field(4) < field(3) ? (4, .periodEndsBeforeItStarts) : nil
            if let (column, message) = problem {
                throw Diagnostic(
                    Message(StoreText.problemWithValue, Message(message), field(column)),
                    at: source.location(line: line, field: index[column]), hint: Message(StoreText.fixRowOpenAgain))
            }
            rows.append((field(1), Int(field(2))!, field(3), field(4)))
        }
        return rows
    }

    func openYear(_ year: String, periodsFile: String?) throws -> WriteOutcome {
        let periods = try periodsFile.map { try self.periods(in: $0, year: year) } ?? []
        let current = try schoolYear()
        guard Self.nextYear(current) == year else {
            throw WriteRefusal(
                Message(StoreText.yearAfter, current, Self.nextYear(current) ?? "?", year),
                hint: Message(StoreText.openYearHint, Self.nextYear(current) ?? ""))
        }
        guard
            (try String.fetchOne(db, sql: "SELECT closed_at FROM school_year WHERE year = ?", arguments: [current]))
                != nil
        else {
            throw WriteRefusal(
                Message(StoreText.yearNotClosed, current), hint: Message(StoreText.closeAndPromoteFirst, current))
        }
        try db.execute(sql: "INSERT OR IGNORE INTO school_year (year) VALUES (?)", arguments: [year])
        for period in periods {
            try db.execute(
                sql: "INSERT INTO study_period (year, scheme, number, start, \"end\") VALUES (?, ?, ?, ?, ?)",
                arguments: [year, period.0, period.1, period.2, period.3])
        }
        try db.execute(sql: "UPDATE school SET year = ?", arguments: [year])
        // The load carries over from each class's class of last year, as a draft to be checked.
        try db.execute(
            sql: """
                INSERT INTO teaching_load (class_id, group_id, subject, teacher, hours_per_week, draft)
                SELECT c.id, NULL, tl.subject, tl.teacher, tl.hours_per_week, 1
                FROM class c JOIN teaching_load tl ON tl.class_id = c.promoted_from AND tl.group_id IS NULL
                WHERE c.year = ? AND NOT EXISTS (SELECT 1 FROM teaching_load x WHERE x.class_id = c.id)
                """, arguments: [year])
        let load = db.changesCount
        let classes = try Int.fetchOne(db, sql: "SELECT count(*) FROM class WHERE year = ?", arguments: [year]) ?? 0
        let periodCount =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM study_period WHERE year = ?", arguments: [year]) ?? 0
        var warnings: [Message] = []
        if periodCount == 0 {
            warnings.append(Message(StoreText.noStudyPeriodsYet, year))
        }
        if classes == 0 { warnings.append(Message(StoreText.noClassesYet, year, current)) }
        return WriteOutcome(
            summary: Message(StoreText.openedYear, year, classes, periodCount, load), warnings: warnings)
    }
}
