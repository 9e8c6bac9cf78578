import GRDB
import JournalFoundation

/// The aggregates kept current (migration `v8-summaries`): for each student, the class and subject
/// of the lessons and the month of their dates, how many marks and their sum (`mark_summary`), and
/// how many absences and lates (`attendance_summary`).
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
    /// The summary tables, each with the SQL that recomputes its rows from the raw ones (the columns
    /// in the table's order).
    static let summaries: [(table: String, recomputed: String)] = [
        (
            "mark_summary",
            """
            SELECT l.class_id, substr(l.date, 1, 7), l.subject, m.student_id, count(*), sum(m.value)
            FROM mark m JOIN lesson l ON l.id = m.lesson_id GROUP BY 1, 2, 3, 4
            """
        ),
        (
            "attendance_summary",
            """
            SELECT l.class_id, substr(l.date, 1, 7), l.subject, a.student_id,
                sum(a.code IN ('absent', 'sick', 'excused')), sum(a.code = 'late')
            FROM attendance a JOIN lesson l ON l.id = a.lesson_id GROUP BY 1, 2, 3, 4
            """
        ),
    ]

    /// The key of a summary row, and the counts a raw row (`row`: NEW or OLD) adds to it.
    private static func counts(_ table: String, _ row: String) -> [(column: String, value: String)] {
        table == "mark"
            ? [("n", "1"), ("total", "\(row).value")]
            : [
                ("absences", "(\(row).code IN ('absent', 'sick', 'excused'))"),
                ("lates", "(\(row).code = 'late')"),
            ]
    }

    static func createSummaries(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE mark_summary (
                    class_id INTEGER NOT NULL,
                    month TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    student_id TEXT NOT NULL,
                    n INTEGER NOT NULL CHECK (n >= 0),
                    total INTEGER NOT NULL,
                    PRIMARY KEY (class_id, month, subject, student_id)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE attendance_summary (
                    class_id INTEGER NOT NULL,
                    month TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    student_id TEXT NOT NULL,
                    absences INTEGER NOT NULL CHECK (absences >= 0),
                    lates INTEGER NOT NULL CHECK (lates >= 0),
                    PRIMARY KEY (class_id, month, subject, student_id)
                ) STRICT, WITHOUT ROWID;
                """)
        for (raw, summary) in [("mark", "mark_summary"), ("attendance", "attendance_summary")] {
            let columns = counts(raw, "NEW").map(\.column)
            let add = { (row: String) -> String in
                let values = counts(raw, row).map(\.value).joined(separator: ", ")
                let sums = columns.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ")
                return """
                    INSERT INTO \(summary) (class_id, month, subject, student_id, \(columns.joined(separator: ", ")))
                    SELECT l.class_id, substr(l.date, 1, 7), l.subject, \(row).student_id, \(values)
                    FROM lesson l WHERE l.id = \(row).lesson_id
                    ON CONFLICT DO UPDATE SET \(sums);
                    """
            }
            let subtract = { (row: String) -> String in
                let key = """
                    class_id = (SELECT class_id FROM lesson WHERE id = \(row).lesson_id)
                      AND month = (SELECT substr(date, 1, 7) FROM lesson WHERE id = \(row).lesson_id)
                      AND subject = (SELECT subject FROM lesson WHERE id = \(row).lesson_id)
                      AND student_id = \(row).student_id
                    """
                let less = counts(raw, row).map { "\($0.column) = \($0.column) - \($0.value)" }
                let empty = columns.map { "\($0) = 0" }.joined(separator: " AND ")
                // Emptied, the row goes.
                return """
                    UPDATE \(summary) SET \(less.joined(separator: ", ")) WHERE \(key);
                    DELETE FROM \(summary) WHERE \(key) AND \(empty);
                    """
            }
            let watched = raw == "mark" ? "lesson_id, student_id, value" : "lesson_id, student_id, code"
            try db.execute(
                sql: """
                    CREATE TRIGGER \(raw)_summary_insert AFTER INSERT ON \(raw)
                    BEGIN \(add("NEW")) END;
                    CREATE TRIGGER \(raw)_summary_delete AFTER DELETE ON \(raw)
                    BEGIN \(subtract("OLD")) END;
                    CREATE TRIGGER \(raw)_summary_update AFTER UPDATE OF \(watched) ON \(raw)
                    BEGIN \(subtract("OLD")) \(add("NEW")) END;
                    """)
            // A lesson moved to another date, class or subject takes its rows' counts along.
            let oldKey = "class_id = OLD.class_id AND month = substr(OLD.date, 1, 7) AND subject = OLD.subject"
            let alias = raw == "mark" ? "m" : "a"
            let perStudent = { (value: String) in
                "(SELECT \(value) FROM \(raw) \(alias) WHERE \(alias).lesson_id = OLD.id AND \(alias).student_id = \(summary).student_id)"
            }
            let less = counts(raw, alias).map { "\($0.column) = \($0.column) - \(perStudent("sum(\($0.value))"))" }
            let sums = columns.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ")
            try db.execute(
                sql: """
                    CREATE TRIGGER lesson_\(summary)_move AFTER UPDATE OF id, date, class_id, subject ON lesson
                    WHEN NEW.id IS NOT OLD.id OR NEW.class_id IS NOT OLD.class_id OR NEW.subject IS NOT OLD.subject
                      OR substr(NEW.date, 1, 7) IS NOT substr(OLD.date, 1, 7)
                    BEGIN
                        UPDATE \(summary) SET \(less.joined(separator: ", "))
                        WHERE \(oldKey) AND student_id IN (SELECT student_id FROM \(raw) WHERE lesson_id = OLD.id);
                        DELETE FROM \(summary) WHERE \(oldKey) AND \(columns.map { "\($0) = 0" }.joined(separator: " AND "));
                        INSERT INTO \(summary) (class_id, month, subject, student_id, \(columns.joined(separator: ", ")))
                        SELECT NEW.class_id, substr(NEW.date, 1, 7), NEW.subject, \(alias).student_id,
                            \(counts(raw, alias).map { "sum(\($0.value))" }.joined(separator: ", "))
                        FROM \(raw) \(alias) WHERE \(alias).lesson_id = NEW.id GROUP BY \(alias).student_id
                        ON CONFLICT DO UPDATE SET \(sums);
                    END;
                    """)
        }
        try fillSummaries(db)
    }

    /// Recomputes every summary from the raw rows (after a bulk load, which sets the triggers aside).
    static func fillSummaries(_ db: Database) throws {
        for (table, recomputed) in summaries {
            try db.execute(sql: "DELETE FROM \(table); INSERT INTO \(table) \(recomputed)")
        }
    }

    /// The summary rows that differ from their recomputation from the raw rows: the table and the key
    /// (class id, month, subject, student) of each, at most `limit` a table.
    static func summaryDifferences(_ db: Database, limit: Int = 20) throws -> [(table: String, key: String)] {
        var found: [(table: String, key: String)] = []
        for (table, recomputed) in summaries {
            let keys = try String.fetchAll(
                db,
                sql: """
                    SELECT class_id || ' ' || month || ' ' || subject || ' ' || student_id FROM (
                        SELECT * FROM (SELECT * FROM \(table) EXCEPT \(recomputed))
                        UNION SELECT * FROM (\(recomputed) EXCEPT SELECT * FROM \(table)))
                    LIMIT \(limit)
                    """)
            found += keys.map { (table, $0) }
        }
        return found
    }
}
