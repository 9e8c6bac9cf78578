BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE account_v6 (
    user_id TEXT PRIMARY KEY CHECK (user_id <> ''),
    login TEXT NOT NULL UNIQUE CHECK (login <> ''),
    password_hash TEXT NOT NULL
        CHECK (password_hash GLOB '$argon2id$*' OR password_hash GLOB 'pbkdf2-sha256$*'),
    must_change INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
    issued_at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', issued_at) IS issued_at),
    issued_by TEXT
) STRICT;
INSERT INTO account_v6 (user_id, login, password_hash, must_change, issued_at, issued_by)
    SELECT user_id, login, password_hash, must_change, issued_at, issued_by FROM account;
DROP TABLE account;
ALTER TABLE account_v6 RENAME TO account;
COMMIT TRANSACTION
