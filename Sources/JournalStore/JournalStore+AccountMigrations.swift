import GRDB

/// The migrations of log-ins and credentials, kept beside the list in `JournalStore+Migrations`
/// that registers them (in order, append-only, never edited after they shipped).
extension JournalStore {
    /// Every re-issue of credentials to an account whose holder had chosen their own password:
    /// who took the working password away (NULL: the local administrator), from whom, and when.
    static func createCredentialReissues(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE credential_reissue (
                    id INTEGER PRIMARY KEY,
                    user_id TEXT NOT NULL CHECK (user_id <> ''),
                    issued_by TEXT CHECK (issued_by <> ''),
                    at TEXT NOT NULL CHECK (\(isTimestamp("at")))
                ) STRICT;
                CREATE INDEX credential_reissue_by_user ON credential_reissue(user_id, at);
                """)
    }
}
