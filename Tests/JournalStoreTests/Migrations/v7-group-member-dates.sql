BEGIN IMMEDIATE TRANSACTION;
SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'group_member' ORDER BY name;
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
CREATE TRIGGER group_member_closed_year_delete BEFORE DELETE ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = OLD.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_closed_year_insert BEFORE INSERT ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = NEW.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_closed_year_update BEFORE UPDATE ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = OLD.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_into_closed_year BEFORE UPDATE ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = NEW.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
COMMIT TRANSACTION
