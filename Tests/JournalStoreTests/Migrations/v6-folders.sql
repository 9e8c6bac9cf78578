BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE setting (
    name TEXT PRIMARY KEY CHECK (name IN ('export_folder', 'scripts_folder')),
    value TEXT NOT NULL CHECK (value LIKE '/%')
) STRICT;
COMMIT TRANSACTION
