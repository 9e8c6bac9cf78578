BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE backup_record (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', at) IS at),
    path TEXT NOT NULL CHECK (path <> ''),
    sha256 TEXT,
    verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
    problem TEXT
) STRICT;
COMMIT TRANSACTION
