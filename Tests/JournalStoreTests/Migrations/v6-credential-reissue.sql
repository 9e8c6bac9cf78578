BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE credential_reissue (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL CHECK (user_id <> ''),
    issued_by TEXT CHECK (issued_by <> ''),
    at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', at) IS at)
) STRICT;
CREATE INDEX credential_reissue_by_user ON credential_reissue(user_id, at);
COMMIT TRANSACTION
