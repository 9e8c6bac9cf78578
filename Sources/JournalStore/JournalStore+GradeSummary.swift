import GRDB

/// The period grades kept summed by student and period (migration `v11-grade-summary`): `grade_summary`
/// holds, for each student, year and period (`1` … `4`, `year`, `exam`, `final`), what the regulation's
/// grade measures need of the student's grades 2, 3, 4, 5 and н/а of every subject — the lowest (н/а
/// as 1), the sum of their СОУ weights (5 → 100, 4 → 64, 3 → 36, 2 → 16, н/а → 7) and how many. A
/// class's or the school's quality, pass rate and СОУ (`classes show quality(term 1)`) read one row a
/// student instead of one a grade (`SQLGenerator.gradesSQL`); a question of some subjects still reads
/// the grades.
///
/// Triggers keep it in the same transaction as a grade given, changed or removed: each recomputes the
/// rows of the keys it touched from the grades themselves (a student's few grades of a period, by the
/// grades' primary key), so a grade replaced by `INSERT OR REPLACE` from another program, whose
/// deletion fires no trigger, is counted right too. A bulk load fills it once after it, with the other
/// summaries; `check journal` compares it with its recomputation.
extension JournalStore {
    /// The grades the summary counts, and how.
    private static let counted = "value IN ('2', '3', '4', '5', 'н/а')"
    private static let low = "min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END)"
    private static let weight =
        "sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)"

    /// Its rows recomputed from the grades, in the table's column order.
    static let gradeSummaryRecomputed = """
        SELECT year, period, student_id, \(low), \(weight), count(*) FROM period_grade WHERE \(counted) \
        GROUP BY year, period, student_id
        """

    /// The row of one key (`NEW` or `OLD`) made again from its grades; none when it has none. The
    /// student's grades are read by the grades' primary key (student, subject, year, period), not by
    /// the index of a period's grades (year, period, subject), which would read the whole school's; one
    /// key, so no grouping.
    static func gradeSummaryRemade(_ row: String) -> String {
        let key = "year = \(row).year AND period = \(row).period AND student_id = \(row).student_id"
        return """
            DELETE FROM grade_summary WHERE \(key);
            INSERT INTO grade_summary SELECT \(row).year, \(row).period, \(row).student_id, \(low), \(weight), \
            count(*) FROM period_grade WHERE student_id = \(row).student_id AND +year = \(row).year \
            AND +period = \(row).period AND \(counted) HAVING count(*) > 0;
            """
    }

    static func createGradeSummary(_ db: Database) throws {
        let remade = gradeSummaryRemade
        try db.execute(
            sql: """
                CREATE TABLE grade_summary (
                    year TEXT NOT NULL,
                    period TEXT NOT NULL,
                    student_id TEXT NOT NULL,
                    low INTEGER NOT NULL,
                    weight INTEGER NOT NULL,
                    n INTEGER NOT NULL,
                    PRIMARY KEY (year, period, student_id)
                ) STRICT, WITHOUT ROWID;
                CREATE TRIGGER grade_summary_insert AFTER INSERT ON period_grade
                BEGIN \(remade("NEW")) END;
                CREATE TRIGGER grade_summary_delete AFTER DELETE ON period_grade
                BEGIN \(remade("OLD")) END;
                CREATE TRIGGER grade_summary_update AFTER UPDATE OF student_id, year, period, value ON period_grade
                BEGIN \(remade("OLD")) \(remade("NEW")) END;
                """)
        try fillGradeSummary(db)
    }

    /// Recomputes `grade_summary` from the grades.
    static func fillGradeSummary(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM grade_summary; INSERT INTO grade_summary \(gradeSummaryRecomputed)")
    }

    /// The rows of `grade_summary` that differ from their recomputation: the key (year, period, student)
    /// of each, at most `limit`.
    static func gradeSummaryDifferences(_ db: Database, limit: Int = 20) throws -> [(table: String, key: String)] {
        try differences(
            db, "grade_summary", from: gradeSummaryRecomputed, key: ["year", "period", "student_id"], limit: limit)
    }
}
