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

extension JournalStore {
    /// Every failed log-in (R15): the login as typed (`login_key`: trimmed, in lower case, what the
    /// throttle counts by) and when, to the second; never the password tried. `cleared` once a
    /// later log-in with that login succeeded.
    static func createLogInThrottle(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE failed_login (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL,
                    login_key TEXT NOT NULL,
                    at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M:%S', at) IS at),
                    cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1))
                ) STRICT;
                CREATE INDEX failed_login_by_login ON failed_login(login_key, at) WHERE cleared = 0;
                CREATE INDEX failed_login_by_time ON failed_login(at);
                """)
    }
}

extension JournalStore {
    /// Password hashes may be Argon2id (libsodium's `$argon2id$…` text) beside the PBKDF2 ones they
    /// replace at each account's next log-in. SQLite cannot change a CHECK, so the table is made
    /// anew with the same columns and rows.
    static func allowArgon2idPasswords(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE account_v6 (
                    user_id TEXT PRIMARY KEY CHECK (user_id <> ''),
                    login TEXT NOT NULL UNIQUE CHECK (login <> ''),
                    password_hash TEXT NOT NULL
                        CHECK (password_hash GLOB '$argon2id$*' OR password_hash GLOB 'pbkdf2-sha256$*'),
                    must_change INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
                    issued_at TEXT NOT NULL CHECK (\(isTimestamp("issued_at"))),
                    issued_by TEXT
                ) STRICT;
                INSERT INTO account_v6 (user_id, login, password_hash, must_change, issued_at, issued_by)
                    SELECT user_id, login, password_hash, must_change, issued_at, issued_by FROM account;
                DROP TABLE account;
                ALTER TABLE account_v6 RENAME TO account;
                """)
    }
}
