import GRDB
import JournalFoundation

/// The marks kept counted by the lesson's teacher (migration `v9-teacher-marks`): `mark_teacher_week`
/// holds, by the class of the lessons, their week (Monday to Sunday, as `mark_week`), their subject
/// and their teacher as the timetable has it (a mark's `teacher`, not the substitute), how many marks
/// and how many of them were entered late (`late`, the regulation's deadlines, R17 and R21).
///
/// Whether a mark is late depends on the mark (its kind and the day it was entered, never edited),
/// its lesson (date, subject), the lesson's class (grade) and the subject table (the foreign
/// languages, mathematics and its courses): triggers keep the counts in the same transaction as a mark
/// given (or removed, or moved where the store allows it), a lesson moved or given another teacher, a
/// class's grade changed, and a subject renamed, re-parented or marked a foreign language (the whole
/// table recomputed: rare). They read each mark's row and lateness from the view `mark_teacher_rows`
/// (a mark removed, or a lesson changed, before the change: what it was). A bulk load fills it once
/// after it, with the other summaries; `check journal` compares it with its recomputation. `marks …
/// by teacher show share(late), count()` reads it for the whole weeks of a span
/// (`SQLGenerator+TeacherMarks`).
extension JournalStore {
    /// The regulation's checking deadlines (R17, R21): days a mark `m` of a lesson `l` of a class `lc`
    /// may wait. The foreign languages and mathematics with its courses are lists of the subject table.
    /// The language's field `late` (through `markDelayRule`, as deadlines) and `mark_teacher_week` (this
    /// text, as days) read this one rule: a change of the rule changes the SQL of `v9-teacher-marks`
    /// (`MigrationFreezeTests`), so it is a new migration that recomputes the table.
    public static let allowedMarkDelaySQL = markDelayRule { "\($0)" }

    /// The same rule as a CASE whose branches are what `days` makes of each branch's days: the
    /// language's `late` compares the day a mark was entered with the lesson's day plus these days
    /// (text against text), where `allowedMarkDelaySQL` is the days themselves.
    public static func markDelayRule(_ days: (Int) -> String) -> String {
        """
        (CASE
            WHEN m.kind IN ('essay', 'exposition') THEN \(days(7))
            WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
                 AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN \(days(7))
            WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
                 SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
                 WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN \(days(7))
            WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN \(days(3))
            ELSE \(days(0))
        END)
        """
    }

    /// 1 when a mark `m` of a lesson `l` of a class `lc` was entered late, else 0 (an unknown delay
    /// is not late, as `share(late)` counts it).
    static let markLateSQL = """
        (CASE WHEN CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER) > \
        \(allowedMarkDelaySQL) THEN 1 ELSE 0 END)
        """

    private static let teacherMarksKey = ["class_id", "week", "subject", "teacher"]

    /// The rows recomputed from the marks, of those `condition` keeps (SQL on `mark_teacher_rows`), in
    /// the table's column order: lesson by lesson first, then the lessons' counts by week.
    static func teacherMarksRecomputed(where condition: String? = nil) -> String {
        let key = teacherMarksKey.joinedText(separator: ", ")
        return """
            SELECT \(key), sum(n), sum(late) FROM (
                SELECT \(key), count(*) AS n, sum(late) AS late FROM mark_teacher_rows\
            \(condition.map { " WHERE \($0)" } ?? "") GROUP BY lesson_id)
            GROUP BY 1, 2, 3, 4
            """
    }

    static func createTeacherMarks(_ db: Database) throws {
        let key = teacherMarksKey.joinedText(separator: ", ")
        // Each mark with the key of its row and whether it was late: the one place the triggers read the
        // rule, so that the schema SQLite reads on every open holds it once.
        try db.execute(
            sql: """
                CREATE TABLE mark_teacher_week (
                    class_id INTEGER NOT NULL,
                    week TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    teacher TEXT NOT NULL,
                    n INTEGER NOT NULL,
                    late INTEGER NOT NULL,
                    PRIMARY KEY (\(key))
                ) STRICT, WITHOUT ROWID;
                CREATE VIEW mark_teacher_rows AS
                SELECT m.id AS mark_id, l.id AS lesson_id, l.class_id AS class_id,
                    date(l.date, 'weekday 0', '-6 days') AS week, l.subject AS subject, l.teacher AS teacher,
                    \(markLateSQL) AS late
                FROM lesson l JOIN class lc ON lc.id = l.class_id JOIN mark m ON m.lesson_id = l.id;
                """)
        let upsert = "ON CONFLICT DO UPDATE SET n = n + excluded.n, late = late + excluded.late"
        // A mark given (or, were the store to allow it, moved): its row gains it, after.
        let addMark = """
            INSERT INTO mark_teacher_week (\(key), n, late)
            SELECT \(key), 1, late FROM mark_teacher_rows WHERE mark_id = NEW.id \(upsert);
            """
        // A mark removed (or moved): its row loses it, before, while the mark is still what it was.
        let markKey = "(\(key)) = (SELECT \(key) FROM mark_teacher_rows WHERE mark_id = OLD.id)"
        let removeMark = """
            UPDATE mark_teacher_week SET n = n - 1,
                late = late - (SELECT late FROM mark_teacher_rows WHERE mark_id = OLD.id)
            WHERE \(markKey);
            DELETE FROM mark_teacher_week WHERE \(markKey) AND n = 0;
            """
        // A lesson moved, or given another teacher: its marks leave the old row before, and join the new
        // one after.
        let lessonKey =
            "class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject "
            + "AND teacher = OLD.teacher"
        let lessonColumns = "id, date, class_id, subject, teacher"
        try db.execute(
            sql: """
                CREATE TRIGGER mark_teacher_week_insert AFTER INSERT ON mark
                BEGIN \(addMark) END;
                CREATE TRIGGER mark_teacher_week_delete BEFORE DELETE ON mark
                BEGIN \(removeMark) END;
                CREATE TRIGGER mark_teacher_week_leave BEFORE UPDATE OF lesson_id, kind, entered_at ON mark
                BEGIN \(removeMark) END;
                CREATE TRIGGER mark_teacher_week_join AFTER UPDATE OF lesson_id, kind, entered_at ON mark
                BEGIN \(addMark) END;
                CREATE TRIGGER mark_teacher_week_lesson_leave BEFORE UPDATE OF \(lessonColumns) ON lesson
                BEGIN
                    UPDATE mark_teacher_week SET n = n - (SELECT count(*) FROM mark WHERE lesson_id = OLD.id),
                        late = late - (SELECT coalesce(sum(late), 0) FROM mark_teacher_rows WHERE lesson_id = OLD.id)
                    WHERE \(lessonKey);
                    DELETE FROM mark_teacher_week WHERE \(lessonKey) AND n = 0;
                END;
                CREATE TRIGGER mark_teacher_week_lesson_join AFTER UPDATE OF \(lessonColumns) ON lesson
                BEGIN
                    INSERT INTO mark_teacher_week (\(key), n, late)
                    SELECT \(key), count(*), sum(late) FROM mark_teacher_rows WHERE lesson_id = NEW.id
                    GROUP BY lesson_id \(upsert);
                END;
                CREATE TRIGGER mark_teacher_week_grade AFTER UPDATE OF id, grade ON class
                BEGIN
                    DELETE FROM mark_teacher_week WHERE class_id IN (OLD.id, NEW.id);
                    INSERT INTO mark_teacher_week \(teacherMarksRecomputed(where: "class_id IN (OLD.id, NEW.id)"));
                END;
                CREATE TRIGGER mark_teacher_week_subject
                AFTER UPDATE OF code, name, parent, is_foreign_language ON subject
                BEGIN
                    DELETE FROM mark_teacher_week;
                    INSERT INTO mark_teacher_week \(teacherMarksRecomputed());
                END;
                """)
        try fillTeacherMarks(db)
    }

    /// Recomputes `mark_teacher_week` from the marks.
    static func fillTeacherMarks(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM mark_teacher_week; INSERT INTO mark_teacher_week \(teacherMarksRecomputed())")
    }

    /// The rows of `mark_teacher_week` that differ from their recomputation: the key (class id, week,
    /// subject, teacher) of each, at most `limit`.
    static func teacherMarksDifferences(_ db: Database, limit: Int = 20) throws -> [(table: String, key: String)] {
        try differences(
            db, "mark_teacher_week", from: teacherMarksRecomputed(), key: teacherMarksKey, limit: limit)
    }
}
