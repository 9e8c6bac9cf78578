BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE failed_login (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    login_key TEXT NOT NULL,
    at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M:%S', at) IS at),
    cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1))
) STRICT;
CREATE INDEX failed_login_by_login ON failed_login(login_key, at) WHERE cleared = 0;
CREATE INDEX failed_login_by_time ON failed_login(at);
COMMIT TRANSACTION
