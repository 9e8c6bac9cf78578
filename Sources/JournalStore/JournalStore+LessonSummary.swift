import GRDB
import JournalFoundation

/// The lessons kept counted (migration `v9-lesson-summary`) by their week (Monday to Sunday, as
/// `mark_week`) and who taught them — the substitute, or the teacher when there was none (the rule of
/// a teacher's `lessons(…)`, `topics(…)`, `homework(…)`): how many lessons, how many with a topic and
/// how many with homework (a text that is not empty, as those functions count them), in two tables:
///
/// - `lesson_week`, also by class and subject, for a subject's lessons, a subject list's, and those of
///   some classes;
/// - `lesson_teacher_week`, by the scheme of periods of the lessons' class instead (a span's days
///   depend on it), a tenth as many rows, for the whole school's teachers.
///
/// Triggers keep them in the same transaction as every lesson added, removed or changed (its date,
/// class, subject, teacher, substitute, topic or homework) and a class given another scheme (the
/// second table recomputed: rare). A bulk load fills them once after it, with the other summaries;
/// `check journal` compares them with their recomputation. A teacher's or a subject's lessons over
/// the whole weeks of a span are read from them (`SQLGenerator+LessonSummary`), and the lessons of
/// the days at the span's edges from `lesson`.
extension JournalStore {
    /// One lesson summary: its table, and its key — the columns and their values for a lesson (`NEW`,
    /// `OLD` or an alias).
    struct LessonSummary: Sendable {
        let table: String
        let key: [(column: String, type: String, value: @Sendable (String) -> String)]

        /// What a lesson adds to each count.
        static func counts(_ lesson: String) -> [(column: String, value: String)] {
            [
                ("n", "1"), ("topics", "(coalesce(\(lesson).topic, '') <> '')"),
                ("homework", "(coalesce(\(lesson).homework, '') <> '')"),
            ]
        }

        func keyValues(_ lesson: String) -> [String] { key.map { $0.value(lesson) } }

        /// Its rows recomputed from the lessons, in the table's column order.
        var recomputed: String {
            let sums = Self.counts("l").map { "sum(\($0.value))" }
            return """
                SELECT \((keyValues("l") + sums).joinedText(separator: ", ")) FROM lesson l GROUP BY \
                \(key.indices.map { String($0 + 1) }.joinedText(separator: ", "))
                """
        }
    }

    @Sendable private static func week(_ lesson: String) -> String { "date(\(lesson).date, 'weekday 0', '-6 days')" }
    @Sendable private static func taught(_ lesson: String) -> String {
        "coalesce(\(lesson).substitute, \(lesson).teacher)"
    }

    static let lessonSummaries = [
        LessonSummary(
            table: "lesson_week",
            key: [
                ("class_id", "INTEGER", { "\($0).class_id" }), ("week", "TEXT", week),
                ("subject", "TEXT", { "\($0).subject" }),
                ("teacher", "TEXT", taught),
            ]),
        LessonSummary(
            table: "lesson_teacher_week",
            key: [
                ("week", "TEXT", week),
                ("scheme", "TEXT", { "(SELECT c.scheme FROM class c WHERE c.id = \($0).class_id)" }),
                ("teacher", "TEXT", taught),
            ]),
    ]

    static func createLessonSummary(_ db: Database) throws {
        for summary in lessonSummaries {
            try createLessonSummary(db, summary)
        }
        // A class given another scheme takes its lessons to another row of each week.
        try db.execute(
            sql: """
                CREATE TRIGGER lesson_teacher_week_scheme AFTER UPDATE OF id, scheme ON class
                BEGIN
                    DELETE FROM lesson_teacher_week;
                    INSERT INTO lesson_teacher_week \(lessonSummaries[1].recomputed);
                END;
                """)
        try fillLessonSummary(db)
    }

    private static func createLessonSummary(_ db: Database, _ summary: LessonSummary) throws {
        let table = summary.table
        let columns = LessonSummary.counts("NEW").map(\.column)
        let keyTypes = summary.key.map { "\($0.column) \($0.type) NOT NULL" }
        try db.execute(
            sql: """
                CREATE TABLE \(table) (
                    \((keyTypes + columns.map { "\($0) INTEGER NOT NULL" }).joinedText(separator: ",\n    ")),
                    PRIMARY KEY (\(summary.key.map(\.column).joinedText(separator: ", ")))
                ) STRICT, WITHOUT ROWID
                """)
        let add = { (lesson: String) -> String in
            let values = summary.keyValues(lesson) + LessonSummary.counts(lesson).map(\.value)
            return """
                INSERT INTO \(table) (\((summary.key.map(\.column) + columns).joinedText(separator: ", ")))
                VALUES (\(values.joinedText(separator: ", ")))
                ON CONFLICT DO UPDATE SET \(columns.map { "\($0) = \($0) + excluded.\($0)" }.joinedText(separator: ", "));
                """
        }
        let subtract = { (lesson: String) -> String in
            let key = zip(summary.key, summary.keyValues(lesson)).map { "\($0.column) = \($1)" }
                .joinedText(separator: " AND ")
            let less = LessonSummary.counts(lesson).map { "\($0.column) = \($0.column) - \($0.value)" }
            // Emptied, the row goes.
            return """
                UPDATE \(table) SET \(less.joinedText(separator: ", ")) WHERE \(key);
                DELETE FROM \(table) WHERE \(key) AND n = 0;
                """
        }
        try db.execute(
            sql: """
                CREATE TRIGGER \(table)_insert AFTER INSERT ON lesson
                BEGIN \(add("NEW")) END;
                CREATE TRIGGER \(table)_delete AFTER DELETE ON lesson
                BEGIN \(subtract("OLD")) END;
                CREATE TRIGGER \(table)_update
                AFTER UPDATE OF date, class_id, subject, teacher, substitute, topic, homework ON lesson
                BEGIN \(subtract("OLD")) \(add("NEW")) END;
                """)
    }

    /// Recomputes the lesson summaries from the lessons.
    static func fillLessonSummary(_ db: Database) throws {
        for summary in lessonSummaries {
            try db.execute(sql: "DELETE FROM \(summary.table); INSERT INTO \(summary.table) \(summary.recomputed)")
        }
    }

    /// The rows of the lesson summaries that differ from their recomputation: the table and the key of
    /// each, at most `limit` a table.
    static func lessonSummaryDifferences(_ db: Database, limit: Int = 20) throws -> [(table: String, key: String)] {
        var found: [(table: String, key: String)] = []
        for summary in lessonSummaries {
            found += try differences(
                db, summary.table, from: summary.recomputed, key: summary.key.map(\.column), limit: limit)
        }
        return found
    }
}
