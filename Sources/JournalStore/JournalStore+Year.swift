import GRDB
import JournalFoundation

/// Closing a school year (R5): refused while the regulation's grades are missing, unless
/// forced with a reason that is recorded; a closed year's journal is read-only, which
/// the store's triggers enforce for every program (migration `v3-closed-years`).
extension JournalStore {
    /// What keeps a year from closing: a line per class and subject, and open correction requests.
    public func closingProblems(year: String) throws -> [Message] {
        try read { db in
            var problems: [Message] = []
            // Every student, every subject of their load (class or group), every period of
            // their class's scheme and the year: a grade must be there.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH needed AS (
                        SELECT s.id AS student, c.id AS class_id, c.name AS class, c.grade AS grade, tl.subject,
                               p.period
                        FROM class c
                        JOIN student s ON s.class_id = c.id
                        JOIN teaching_load tl ON tl.class_id = c.id AND (tl.group_id IS NULL OR tl.group_id IN
                            (SELECT gm.group_id FROM group_member gm WHERE gm.student_id = s.id AND gm.until IS NULL))
                        JOIN (SELECT year, scheme, CAST(number AS TEXT) AS period FROM study_period
                              UNION ALL SELECT DISTINCT year, scheme, 'year' FROM study_period) p
                            ON p.year = c.year AND p.scheme = c.scheme
                        WHERE c.year = ?)
                    SELECT class, (SELECT name FROM subject WHERE code = needed.subject) AS subject, period,
                           count(*) AS missing
                    FROM needed
                    WHERE NOT EXISTS (SELECT 1 FROM period_grade g WHERE g.student_id = needed.student
                                      AND g.subject = needed.subject AND g.year = ? AND g.period = needed.period)
                    GROUP BY class_id, subject, period
                    ORDER BY grade, class, subject, period
                    """, arguments: [year, year])
            for row in rows {
                let period: String = row["period"]
                let missing: Int = row["missing"]
                let (className, subject) = (row["class"] as String, row["subject"] as String? ?? "?")
                problems.append(
                    period == "year"
                        ? Message(StoreText.yearGradesMissing, className, subject, missing)
                        : Message(StoreText.periodGradesMissing, className, subject, missing, period))
            }
            let requests =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM mark_correction x JOIN mark m ON m.id = x.mark_id
                        JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
                        WHERE x.status = 'requested' AND c.year = ?
                        """, arguments: [year]) ?? 0
            if requests > 0 { problems.append(Message(StoreText.requestsUndecided, requests)) }
            return problems
        }
    }

    /// Closes `year`: refused, listing what is missing, unless `force` gives a reason to record.
    /// Returns when the year was closed before, if it was (closing again changes nothing, so a
    /// year-end script can be run again).
    /// The closing is recorded in the change trail as `statement` by `user`.
    @discardableResult
    public func closeYear(
        _ year: String, now: String, force reason: String?, by user: String = administratorName,
        statement: String? = nil
    ) throws -> String? {
        // The check and the closing in one transaction: nothing can change in between.
        try inTransaction {
            try closeChecked(
                year, now: now, force: reason, by: user,
                statement: statement ?? "close year \(year)" + (reason.map { " force \"\($0)\"" } ?? ""))
        }
    }

    private func closeChecked(_ year: String, now: String, force reason: String?, by user: String, statement: String)
        throws -> String?
    {
        let state = try read { db in
            try Row.fetchOne(db, sql: "SELECT closed_at FROM school_year WHERE year = ?", arguments: [year])
        }
        guard let state else {
            let years = try read { db in try String.fetchAll(db, sql: "SELECT year FROM school_year ORDER BY year") }
            throw Diagnostic(
                Message(StoreText.noSchoolYear, year),
                hint: Message(StoreText.journalHolds, years.joinedText(separator: ", ")))
        }
        if let closed = state["closed_at"] as String? { return closed }
        let problems = try closingProblems(year: year)
        if !problems.isEmpty && reason == nil {
            let shown = Message.joined(Array(problems.prefix(12)), separator: "\n  ")
            throw Diagnostic(
                Message(
                    StoreText.cannotClose, year, problems.count, shown,
                    problems.count > 12 ? Message(StoreText.andMore, problems.count - 12) : Message.verbatim("")),
                hint: Message(StoreText.closeAnyway, year))
        }
        try write { db in
            try db.execute(
                sql: "UPDATE school_year SET closed_at = ?, close_reason = ? WHERE year = ?",
                arguments: [now, problems.isEmpty ? nil : reason, year])
            try Self.recordChange(in: db, by: user, statement: statement, at: now)
        }
        return nil
    }
}
