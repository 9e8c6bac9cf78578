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
        guard let next = Self.nextYear(year) else { throw WriteRefusal("\(year) is not a school year") }
        guard
            let closed = try Row.fetchOne(
                db, sql: "SELECT closed_at FROM school_year WHERE year = ?", arguments: [year])
        else {
            throw WriteRefusal("there is no school year \(year)")
        }
        guard (closed["closed_at"] as String?) != nil else {
            throw WriteRefusal(
                "the school year \(year) is not closed: its grades are not final yet",
                hint: "close it first: close year \(year)")
        }
        if let done = try Row.fetchOne(
            db, sql: "SELECT number, date FROM promotion_order WHERE year = ?", arguments: [year])
        {
            throw WriteRefusal(
                "the students of \(year) were promoted already, by order \(done["number"] as String) of "
                    + "\(done["date"] as String)")
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
                throw WriteRefusal("\(item.student) is in no class of \(year)", at: item.place)
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
        var lines: [String] = []
        let names = Dictionary(uniqueKeysWithValues: students.map { ($0["id"] as String, $0) })
        if !debt.isEmpty {
            lines.append("students with a final 2 or н/а, for the order:")
            for (id, subjects) in debt.sorted(by: { $0.key < $1.key }) {
                let row = names[id]
                let outcome = exception[id].map { $0.rawValue } ?? "promoted conditionally"
                lines.append(
                    "  \(id) \(row?["name"] as String? ?? "") (\(row?["class"] as String? ?? "")): \(subjects) — \(outcome)"
                )
            }
        }
        let start = String(next.prefix(4)) + "-09-01"
        var counts: [String: Int] = [:]
        var perClass: [(String, String)] = []
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
                    SELECT c.name AS from_class, group_concat(p.outcome || ' ' || p.n || coalesce(' → ' || t.name, ''), '; ')
                        AS what
                    FROM (SELECT from_class, to_class, outcome, count(*) AS n FROM promotion WHERE order_id = ?
                          GROUP BY from_class, to_class, outcome) p
                    JOIN class c ON c.id = p.from_class LEFT JOIN class t ON t.id = p.to_class
                    GROUP BY c.id ORDER BY c.grade, c.name
                    """, arguments: [orderID])
            {
                perClass.append((row["from_class"], row["what"]))
            }
            return dryRun ? .rollback : .commit
        }
        lines += perClass.map { "  \($0.0): \($0.1)" }
        let total = ["promoted", "conditional", "retained", "left", "graduated"].compactMap { key in
            counts[key].map { "\($0) \(key == "conditional" ? "promoted conditionally" : key)" }
        }
        let head =
            dryRun
            ? "dry run of order \(order) of \(date) — nothing was changed; it would move:"
            : "promoted by order \(order) of \(date) into \(next):"
        return WriteOutcome(
            summary: ([head] + lines + ["  in all: " + total.joined(separator: ", ")]).joined(separator: "\n"))
    }

    /// The periods of `year` in a `periods.csv` (year, scheme, number, start, end), each checked.
    func periods(in path: String, year: String) throws -> [(String, Int, String, String)] {
        let source = try CSVSource(path: path, name: path, dialect: CSVDialect())
        let columns = ["year", "scheme", "number", "start", "end"]
        let index = try columns.map { column -> Int in
            guard let found = source.header.firstIndex(of: column) else {
                throw Diagnostic(
                    "\(path) has no column \(column)", at: source.location(line: 1, field: 0),
                    hint: "a periods file has the columns " + columns.joined(separator: ", "))
            }
            return found
        }
        var rows: [(String, Int, String, String)] = []
        while let (line, fields) = try source.next() {
            func field(_ column: Int) -> String { index[column] < fields.count ? fields[index[column]] : "" }
            guard field(0) == year else { continue }
            let problem: (Int, String)? =
                !JournalStore.Vocabulary.schemes.contains(field(1))
                ? (1, "the scheme is quarter, half or trimester")
                : !(1...4).contains(Int(field(2)) ?? 0)
                    ? (2, "the number of a period is 1–4")
                    : CivilDate(field(3)) == nil
                        ? (3, "not a date YYYY-MM-DD")
                        : CivilDate(field(4)) == nil
                            ? (4, "not a date YYYY-MM-DD")
                            : field(4) < field(3) ? (4, "the period ends before it starts") : nil
            if let (column, message) = problem {
                throw Diagnostic(
                    "\(message): \"\(field(column))\"", at: source.location(line: line, field: index[column]),
                    hint: "fix the row and open the year again; nothing was written")
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
                "the year after \(current) is \(Self.nextYear(current) ?? "?"), not \(year)",
                hint: "open year \(Self.nextYear(current) ?? "")")
        }
        guard
            (try String.fetchOne(db, sql: "SELECT closed_at FROM school_year WHERE year = ?", arguments: [current]))
                != nil
        else {
            throw WriteRefusal(
                "the school year \(current) is not closed", hint: "close it and promote first: close year \(current)")
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
        var warnings: [String] = []
        if periodCount == 0 {
            warnings.append("\(year) has no study periods yet: add period quarter 1 from … to …")
        }
        if classes == 0 { warnings.append("\(year) has no classes: promote \(current) first, or add class …") }
        return WriteOutcome(
            summary: "opened \(year): \(classes) classes, \(periodCount) study periods, \(load) lines of teaching load "
                + "carried over as a draft (staff and subjects carry over as they are)",
            warnings: warnings)
    }
}
