import GRDB

extension JournalStore {
    /// Loads a whole school into an empty store (import, demo) with the store's triggers — and,
    /// when asked, its secondary indexes — set aside, then puts them back.
    ///
    /// The triggers guard a journal being kept (closed years, the correction rule); a load
    /// writes rows that are already final, such as marks holding their corrected value beside
    /// the corrections that led there. Before the triggers return, the rows the format does not
    /// carry are derived: each student's enrolment in their class, and the state of each
    /// correction (decided and applied when approved, a request when not).
    ///
    /// The summaries kept current by triggers (`JournalStore+Summaries`, `+LessonSummary`,
    /// `+TeacherMarks`, `+MarkDay`, `+GradeSummary`) are filled once after it.
    ///
    /// The load is one entry of the change trail, `statement`, holding every mark, correction and
    /// grade loaded.
    static func bulkLoad<T>(_ db: Database, indexes: Bool, statement: String, _ body: () throws -> T) throws -> T {
        let types = indexes ? "'index', 'trigger'" : "'trigger'"
        let schema = try Row.fetchAll(
            db, sql: "SELECT type, name, sql FROM sqlite_schema WHERE type IN (\(types)) AND sql IS NOT NULL")
        for item in schema {
            let type: String = item["type"]
            try db.execute(sql: "DROP \(type.uppercased()) \"\(item["name"] as String)\"")
        }
        let result = try body()
        try db.execute(
            sql: """
                INSERT INTO enrolment (student_id, class_id, since)
                SELECT s.id, s.class_id, substr(c.year, 1, 4) || '-09-01'
                FROM student s JOIN class c ON c.id = s.class_id
                WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = s.id);
                UPDATE mark_correction
                SET status = CASE WHEN approved_by IS NULL THEN 'requested' ELSE 'approved' END,
                    decided_at = CASE WHEN approved_by IS NULL THEN NULL ELSE at END,
                    applied = approved_by IS NOT NULL;
                """)
        try recordLoad(db, statement: statement)
        try fillSummaries(db)
        for item in schema {
            try db.execute(sql: item["sql"] as String)
        }
        // With the indexes back: the marks are read lesson by lesson.
        try fillLessonSummary(db)
        try fillTeacherMarks(db)
        try fillMarkDay(db)
        try fillGradeSummary(db)
        return result
    }
}
