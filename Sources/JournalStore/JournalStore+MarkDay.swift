import GRDB

/// The marks kept counted by class and day (migration `v10-mark-day`): `mark_day` holds, by the class
/// of the lessons and their date, how many marks and the sum of their values — every subject and
/// student together, some ten thousand rows a year for sixty classes (by subject too would be five
/// times as many). A school-wide question by weekday, date, week or month (`marks during term 1 by
/// weekday show weekday, avg(value)`) adds up these rows instead of reading every mark of the span
/// (`SQLGenerator+MarkDay`); the rows are whole days, so a span has no edges to read from the marks.
///
/// Triggers keep it in the same transaction as a mark given, corrected (its value changes) or removed,
/// and a lesson moved to another date or class, as `mark_week`'s. A bulk load fills it once after it,
/// with the other summaries; `check journal` compares it with its recomputation.
extension JournalStore {
    /// Its rows recomputed from the marks, in the table's column order: the lessons in the order of their
    /// index by class and date, each lesson's marks by theirs, so that the rows come grouped, unsorted.
    static let markDayRecomputed = """
        SELECT l.class_id, l.date, count(*), sum(m.value) FROM lesson l JOIN mark m ON m.lesson_id = l.id \
        GROUP BY 1, 2
        """

    static func createMarkDay(_ db: Database) throws {
        let upsert = "ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total"
        // A mark's row, of the lesson `OLD.lesson_id`: the table's key read by the key's own index.
        let oldKey =
            "class_id = (SELECT class_id FROM lesson WHERE id = OLD.lesson_id) "
            + "AND date = (SELECT date FROM lesson WHERE id = OLD.lesson_id)"
        let add = """
            INSERT INTO mark_day SELECT class_id, date, 1, NEW.value FROM lesson WHERE id = NEW.lesson_id \(upsert);
            """
        // Emptied, the row goes.
        let subtract = """
            UPDATE mark_day SET n = n - 1, total = total - OLD.value WHERE \(oldKey);
            DELETE FROM mark_day WHERE \(oldKey) AND n = 0;
            """
        let lessonKey = "class_id = OLD.class_id AND date = OLD.date"
        try db.execute(
            sql: """
                CREATE TABLE mark_day (
                    class_id INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    n INTEGER NOT NULL,
                    total INTEGER NOT NULL,
                    PRIMARY KEY (class_id, date)
                ) STRICT, WITHOUT ROWID;
                CREATE TRIGGER mark_day_insert AFTER INSERT ON mark
                BEGIN \(add) END;
                CREATE TRIGGER mark_day_delete AFTER DELETE ON mark
                BEGIN \(subtract) END;
                CREATE TRIGGER mark_day_update AFTER UPDATE OF lesson_id, value ON mark
                BEGIN \(subtract) \(add) END;
                CREATE TRIGGER mark_day_lesson_moved AFTER UPDATE OF id, date, class_id ON lesson
                WHEN NEW.id IS NOT OLD.id OR NEW.date IS NOT OLD.date OR NEW.class_id IS NOT OLD.class_id
                BEGIN
                    UPDATE mark_day SET n = n - (SELECT count(*) FROM mark WHERE lesson_id = OLD.id),
                        total = total - (SELECT coalesce(sum(value), 0) FROM mark WHERE lesson_id = OLD.id)
                    WHERE \(lessonKey);
                    DELETE FROM mark_day WHERE \(lessonKey) AND n = 0;
                    INSERT INTO mark_day SELECT NEW.class_id, NEW.date, count(*), sum(value)
                    FROM mark WHERE lesson_id = NEW.id GROUP BY lesson_id \(upsert);
                END;
                """)
        try fillMarkDay(db)
    }

    /// Recomputes `mark_day` from the marks.
    static func fillMarkDay(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM mark_day; INSERT INTO mark_day \(markDayRecomputed)")
    }

    /// The rows of `mark_day` that differ from their recomputation: the key (class id, date) of each,
    /// at most `limit`.
    static func markDayDifferences(_ db: Database, limit: Int = 20) throws -> [(table: String, key: String)] {
        try differences(db, "mark_day", from: markDayRecomputed, key: ["class_id", "date"], limit: limit)
    }
}
