import GRDB
import JournalFoundation

/// The aggregates kept current (migration `v8-summaries`): how many marks a student has and their sum,
/// how many absences and lates, by the class of the lessons and
///
/// - their subject and month (`mark_summary`, `attendance_summary`), for a question of some subjects;
/// - their week, Monday to Sunday, all subjects together (`mark_week`, `attendance_week`), for a
///   question of every subject, whose span's edges are then at most a few days.
///
/// Triggers keep them in the same transaction as every write: a mark given, corrected (its value
/// changes) or removed, an attendance entry, and a lesson moved to another date, class or subject.
/// A bulk load (import, demo) sets the triggers aside and fills them once after it. A question over
/// whole months of a span reads these rows instead of every mark (`SQLGenerator+Summaries`), and
/// `check journal` compares them with their recomputation from the raw rows.
///
/// They are the store's own derived rows, not the journal's: the change trail does not record
/// them, and no write declares them.
extension JournalStore {
    /// One summary table: the raw rows it counts (`mark` or `attendance`), the bucket of the lessons'
    /// dates it goes by, and whether by subject.
    struct Summary {
        let table: String
        let raw: String
        let bucket: String
        let bySubject: Bool

        /// The bucket of a date (SQL).
        func bucket(of date: String) -> String {
            bucket == "month" ? "substr(\(date), 1, 7)" : "date(\(date), 'weekday 0', '-6 days')"
        }

        /// The columns of its key, in the table's order.
        var key: [String] { ["class_id", bucket] + (bySubject ? ["subject"] : []) + ["student_id"] }

        /// The key of the summary row of a lesson `l` (or NEW, OLD) and a student.
        func keyValues(lesson: String, student: String) -> [String] {
            ["\(lesson).class_id", bucket(of: "\(lesson).date")] + (bySubject ? ["\(lesson).subject"] : []) + [student]
        }

        /// The counts, and what a raw row (`row`: NEW, OLD or an alias) adds to each.
        func counts(_ row: String) -> [(column: String, value: String)] {
            raw == "mark"
                ? [("n", "1"), ("total", "\(row).value")]
                : [
                    ("absences", "(\(row).code IN ('absent', 'sick', 'excused'))"),
                    ("lates", "(\(row).code = 'late')"),
                ]
        }

        var alias: String { raw == "mark" ? "m" : "a" }

        /// Its rows recomputed from the raw ones, in the table's column order.
        var recomputed: String {
            let keys = keyValues(lesson: "l", student: "\(alias).student_id")
            let sums = counts(alias).map { "sum(\($0.value))" }
            return """
                SELECT \((keys + sums).joinedText(separator: ", "))
                FROM \(raw) \(alias) JOIN lesson l ON l.id = \(alias).lesson_id
                GROUP BY \(keys.indices.map { String($0 + 1) }.joinedText(separator: ", "))
                """
        }
    }

    /// The summary tables.
    static let summaries = [
        Summary(table: "mark_summary", raw: "mark", bucket: "month", bySubject: true),
        Summary(table: "attendance_summary", raw: "attendance", bucket: "month", bySubject: true),
        Summary(table: "mark_week", raw: "mark", bucket: "week", bySubject: false),
        Summary(table: "attendance_week", raw: "attendance", bucket: "week", bySubject: false),
    ]

    static func createSummaries(_ db: Database) throws {
        for summary in summaries {
            try createSummary(db, summary)
        }
        try fillSummaries(db)
    }

    private static func createSummary(_ db: Database, _ summary: Summary) throws {
        let table = summary.table
        let raw = summary.raw
        let keyTypes = summary.key.map { "\($0) \($0 == "class_id" ? "INTEGER" : "TEXT") NOT NULL" }
        let columns = summary.counts("NEW").map(\.column)
        let countTypes = columns.map { "\($0) INTEGER NOT NULL" }
        try db.execute(
            sql: """
                CREATE TABLE \(table) (
                    \((keyTypes + countTypes).joinedText(separator: ",\n    "))
                    , PRIMARY KEY (\(summary.key.joinedText(separator: ", ")))
                ) STRICT, WITHOUT ROWID
                """)
        let inserted = (summary.key + columns).joinedText(separator: ", ")
        let sums = columns.map { "\($0) = \($0) + excluded.\($0)" }.joinedText(separator: ", ")
        let empty = columns.map { "\($0) = 0" }.joinedText(separator: " AND ")
        let add = { (row: String) -> String in
            let values = summary.keyValues(lesson: "l", student: "\(row).student_id") + summary.counts(row).map(\.value)
            return """
                INSERT INTO \(table) (\(inserted))
                SELECT \(values.joinedText(separator: ", ")) FROM lesson l WHERE l.id = \(row).lesson_id
                ON CONFLICT DO UPDATE SET \(sums);
                """
        }
        let subtract = { (row: String) -> String in
            let values = summary.keyValues(lesson: "l", student: "\(row).student_id")
            let key = zip(summary.key, values).map { column, value in
                column == "student_id"
                    ? "student_id = \(value)"
                    : "\(column) = (SELECT \(value) FROM lesson l WHERE l.id = \(row).lesson_id)"
            }.joinedText(separator: " AND ")
            let less = summary.counts(row).map { "\($0.column) = \($0.column) - \($0.value)" }
            // Emptied, the row goes.
            return """
                UPDATE \(table) SET \(less.joinedText(separator: ", ")) WHERE \(key);
                DELETE FROM \(table) WHERE \(key) AND \(empty);
                """
        }
        let watched = raw == "mark" ? "lesson_id, student_id, value" : "lesson_id, student_id, code"
        try db.execute(
            sql: """
                CREATE TRIGGER \(table)_insert AFTER INSERT ON \(raw)
                BEGIN \(add("NEW")) END;
                CREATE TRIGGER \(table)_delete AFTER DELETE ON \(raw)
                BEGIN \(subtract("OLD")) END;
                CREATE TRIGGER \(table)_update AFTER UPDATE OF \(watched) ON \(raw)
                BEGIN \(subtract("OLD")) \(add("NEW")) END;
                """)
        // A lesson moved to another date, class or subject takes its rows' counts along.
        let alias = summary.alias
        let old = summary.keyValues(lesson: "OLD", student: "")
        let oldKey = zip(summary.key, old).filter { $0.0 != "student_id" }.map { "\($0) = \($1)" }
            .joinedText(separator: " AND ")
        let moved =
            (["NEW.id IS NOT OLD.id"]
            + zip(summary.keyValues(lesson: "NEW", student: ""), old).dropLast().map {
                "\($0) IS NOT \($1)"
            }).joinedText(separator: " OR ")
        let perStudent = { (value: String) in
            "(SELECT \(value) FROM \(raw) \(alias) WHERE \(alias).lesson_id = OLD.id AND \(alias).student_id = \(table).student_id)"
        }
        let less = summary.counts(alias).map { "\($0.column) = \($0.column) - \(perStudent("sum(\($0.value))"))" }
        let values =
            summary.keyValues(lesson: "NEW", student: "\(alias).student_id")
            + summary.counts(alias).map { "sum(\($0.value))" }
        try db.execute(
            sql: """
                CREATE TRIGGER \(table)_lesson_moved AFTER UPDATE OF id, date, class_id, subject ON lesson
                WHEN \(moved)
                BEGIN
                    UPDATE \(table) SET \(less.joinedText(separator: ", "))
                    WHERE \(oldKey) AND student_id IN (SELECT student_id FROM \(raw) WHERE lesson_id = OLD.id);
                    DELETE FROM \(table) WHERE \(oldKey) AND \(empty);
                    INSERT INTO \(table) (\(inserted))
                    SELECT \(values.joinedText(separator: ", "))
                    FROM \(raw) \(alias) WHERE \(alias).lesson_id = NEW.id GROUP BY \(alias).student_id
                    ON CONFLICT DO UPDATE SET \(sums);
                END;
                """)
    }

    /// Recomputes every summary from the raw rows (after a bulk load, which sets the triggers aside).
    static func fillSummaries(_ db: Database) throws {
        for summary in summaries {
            try db.execute(sql: "DELETE FROM \(summary.table); INSERT INTO \(summary.table) \(summary.recomputed)")
        }
    }

    /// The summary rows that differ from their recomputation from the raw rows: the table and the key
    /// (class id, month or week, subject, student; of `lesson_week`, class id, week, subject, teacher;
    /// of `mark_day`, class id, date; of `grade_summary`, year, period, student) of each, at most `limit`
    /// a table.
    static func summaryDifferences(_ db: Database, limit: Int = 20) throws -> [(table: String, key: String)] {
        var found: [(table: String, key: String)] = []
        for summary in summaries {
            found += try differences(db, summary.table, from: summary.recomputed, key: summary.key, limit: limit)
        }
        return found + (try lessonSummaryDifferences(db, limit: limit))
            + (try teacherMarksDifferences(db, limit: limit)) + (try markDayDifferences(db, limit: limit))
            + (try gradeSummaryDifferences(db, limit: limit))
    }

    /// The rows of one summary table that differ from its rows recomputed (`recomputed`, in the
    /// table's column order) — those it has that the recomputation has not, and those it lacks: the
    /// table and the key (`key`'s columns, spaced) of each, at most `limit`.
    static func differences(
        _ db: Database, _ table: String, from recomputed: String, key: [String], limit: Int
    ) throws -> [(table: String, key: String)] {
        let keys = try String.fetchAll(
            db,
            sql: """
                SELECT \(key.joinedText(separator: " || ' ' || ")) FROM (
                    SELECT * FROM (SELECT * FROM \(table) EXCEPT \(recomputed))
                    UNION SELECT * FROM (\(recomputed) EXCEPT SELECT * FROM \(table)))
                LIMIT \(limit)
                """)
        return keys.map { (table, $0) }
    }
}
