import GRDB

/// Group membership with dates (migration `v7-group-member-dates`), as enrolment has them: a row of
/// `group_member` is one stay of a student in a group, from `since` to `until` (the last day in it;
/// empty while the student is in it). A past lesson of a group is the lesson of whoever was in the
/// group on its date, so redefining a group leaves the past diaries as they were.
///
/// Every row kept before the migration is a stay since the start of its group's school year
/// (1 September, as enrolment's first rows).
extension JournalStore {
    /// The members of group `group` (an SQL expression) on day `date` (an SQL expression), as a
    /// condition on the row `alias` of `group_member`.
    public static func memberOn(_ alias: String, date: String) -> String {
        "\(alias).since <= \(date) AND (\(alias).until IS NULL OR \(date) <= \(alias).until)"
    }

    static func dateGroupMembers(_ db: Database) throws {
        // Recreated (a key of group, student and since lets a student come back to a group), with
        // the triggers the earlier migrations put on it, as they made them.
        let triggers = try String.fetchAll(
            db,
            sql: """
                SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'group_member' ORDER BY name
                """)
        try db.execute(
            sql: """
                CREATE TABLE group_member_dated (
                    group_id INTEGER NOT NULL REFERENCES class_group(id) ON DELETE CASCADE,
                    student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    since TEXT NOT NULL CHECK (date(since) IS since),
                    until TEXT CHECK (until IS NULL OR date(until) IS until),
                    CHECK (until IS NULL OR since <= until),
                    PRIMARY KEY (group_id, student_id, since)
                ) STRICT;
                INSERT INTO group_member_dated (group_id, student_id, position, since)
                    SELECT gm.group_id, gm.student_id, gm.position, substr(c.year, 1, 4) || '-09-01'
                    FROM group_member gm JOIN class_group g ON g.id = gm.group_id JOIN class c ON c.id = g.class_id;
                DROP TABLE group_member;
                ALTER TABLE group_member_dated RENAME TO group_member;
                CREATE INDEX group_member_by_student ON group_member(student_id);
                -- One stay at a time: a student is in a group once on any day.
                CREATE UNIQUE INDEX group_member_now ON group_member(group_id, student_id) WHERE until IS NULL;
                """)
        for trigger in triggers { try db.execute(sql: trigger) }
    }
}
