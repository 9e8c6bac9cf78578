BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE change (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    statement TEXT NOT NULL,
    rows INTEGER NOT NULL CHECK (rows >= 0),
    rows_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX change_by_time ON change(at);
-- Each row a change wrote: its table, key, what was done and every column after it
-- (before it, for a delete). Pending (change_id NULL) until its change is recorded.
CREATE TABLE change_row (
    id INTEGER PRIMARY KEY,
    change_id INTEGER REFERENCES change(id),
    table_name TEXT NOT NULL,
    key TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    data TEXT NOT NULL
) STRICT;
CREATE INDEX change_row_by_change ON change_row(change_id);
CREATE INDEX change_row_by_key ON change_row(table_name, key, id);
SELECT max(id) FROM change;
INSERT INTO change_row (change_id, table_name, key, op, data)
SELECT ?, 'mark', CAST(t.id AS TEXT), 'insert', json_object('id', t."id", 'lesson_id', t."lesson_id", 'student_id', t."student_id", 'value', t."value", 'kind', t."kind", 'entered_at', t."entered_at", 'entered_by', t."entered_by")
FROM mark t;
INSERT INTO change_row (change_id, table_name, key, op, data)
SELECT ?, 'mark_correction', CAST(t.id AS TEXT), 'insert', json_object('id', t."id", 'mark_id', t."mark_id", 'old_value', t."old_value", 'new_value', t."new_value", 'requested_by', t."requested_by", 'approved_by', t."approved_by", 'at', t."at", 'reason', t."reason", 'status', t."status", 'decision_note', t."decision_note", 'decided_at', t."decided_at", 'applied', t."applied")
FROM mark_correction t;
INSERT INTO change_row (change_id, table_name, key, op, data)
SELECT ?, 'period_grade', CAST(t.student_id AS TEXT) || '|' || CAST(t.subject AS TEXT) || '|' || CAST(t.year AS TEXT) || '|' || CAST(t.period AS TEXT), 'insert', json_object('student_id', t."student_id", 'subject', t."subject", 'year', t."year", 'period', t."period", 'value', t."value", 'entered_at', t."entered_at", 'entered_by', t."entered_by")
FROM period_grade t;
SELECT table_name, key, op, data FROM change_row WHERE change_id IS ? ORDER BY id;
SELECT hash FROM change ORDER BY id DESC LIMIT 1;
INSERT INTO change (id, at, user, statement, rows, rows_hash, prev_hash, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);
CREATE TRIGGER change_kept_update BEFORE UPDATE ON change BEGIN SELECT RAISE(ABORT, 'the change trail is append-only: its entries are kept as made'); END;
CREATE TRIGGER change_kept_delete BEFORE DELETE ON change BEGIN SELECT RAISE(ABORT, 'the change trail is append-only: its entries are kept as made'); END;
CREATE TRIGGER change_chained BEFORE INSERT ON change
WHEN EXISTS (SELECT 1 FROM change WHERE id = NEW.id)
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM change ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'a change entry follows the last one (the trail is a chain)'); END;
CREATE TRIGGER change_row_kept_delete BEFORE DELETE ON change_row BEGIN SELECT RAISE(ABORT, 'the change trail is append-only: its entries are kept as made'); END;
CREATE TRIGGER change_row_kept_update BEFORE UPDATE ON change_row
WHEN NOT (OLD.change_id IS NULL AND NEW.change_id = (SELECT max(id) FROM change)
          AND NEW.id IS OLD.id AND NEW.table_name IS OLD.table_name AND NEW.key IS OLD.key
          AND NEW.op IS OLD.op AND NEW.data IS OLD.data)
BEGIN SELECT RAISE(ABORT, 'the change trail is append-only: its entries are kept as made'); END;
CREATE TRIGGER change_row_pending BEFORE INSERT ON change_row
WHEN NEW.change_id IS NOT NULL OR EXISTS (SELECT 1 FROM change_row WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the change trail is append-only: its entries are kept as made'); END;
CREATE TRIGGER mark_trail_insert AFTER INSERT ON mark
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('mark', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'lesson_id', NEW."lesson_id", 'student_id', NEW."student_id", 'value', NEW."value", 'kind', NEW."kind", 'entered_at', NEW."entered_at", 'entered_by', NEW."entered_by"));
END;
CREATE TRIGGER mark_trail_update AFTER UPDATE ON mark
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('mark', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'lesson_id', NEW."lesson_id", 'student_id', NEW."student_id", 'value', NEW."value", 'kind', NEW."kind", 'entered_at', NEW."entered_at", 'entered_by', NEW."entered_by"));
END;
CREATE TRIGGER mark_trail_delete AFTER DELETE ON mark
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('mark', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'lesson_id', OLD."lesson_id", 'student_id', OLD."student_id", 'value', OLD."value", 'kind', OLD."kind", 'entered_at', OLD."entered_at", 'entered_by', OLD."entered_by"));
END;
CREATE TRIGGER mark_correction_trail_insert AFTER INSERT ON mark_correction
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('mark_correction', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'mark_id', NEW."mark_id", 'old_value', NEW."old_value", 'new_value', NEW."new_value", 'requested_by', NEW."requested_by", 'approved_by', NEW."approved_by", 'at', NEW."at", 'reason', NEW."reason", 'status', NEW."status", 'decision_note', NEW."decision_note", 'decided_at', NEW."decided_at", 'applied', NEW."applied"));
END;
CREATE TRIGGER mark_correction_trail_update AFTER UPDATE ON mark_correction
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('mark_correction', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'mark_id', NEW."mark_id", 'old_value', NEW."old_value", 'new_value', NEW."new_value", 'requested_by', NEW."requested_by", 'approved_by', NEW."approved_by", 'at', NEW."at", 'reason', NEW."reason", 'status', NEW."status", 'decision_note', NEW."decision_note", 'decided_at', NEW."decided_at", 'applied', NEW."applied"));
END;
CREATE TRIGGER mark_correction_trail_delete AFTER DELETE ON mark_correction
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('mark_correction', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'mark_id', OLD."mark_id", 'old_value', OLD."old_value", 'new_value', OLD."new_value", 'requested_by', OLD."requested_by", 'approved_by', OLD."approved_by", 'at', OLD."at", 'reason', OLD."reason", 'status', OLD."status", 'decision_note', OLD."decision_note", 'decided_at', OLD."decided_at", 'applied', OLD."applied"));
END;
CREATE TRIGGER period_grade_trail_insert AFTER INSERT ON period_grade
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('period_grade', CAST(NEW.student_id AS TEXT) || '|' || CAST(NEW.subject AS TEXT) || '|' || CAST(NEW.year AS TEXT) || '|' || CAST(NEW.period AS TEXT), 'insert',
            json_object('student_id', NEW."student_id", 'subject', NEW."subject", 'year', NEW."year", 'period', NEW."period", 'value', NEW."value", 'entered_at', NEW."entered_at", 'entered_by', NEW."entered_by"));
END;
CREATE TRIGGER period_grade_trail_update AFTER UPDATE ON period_grade
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('period_grade', CAST(NEW.student_id AS TEXT) || '|' || CAST(NEW.subject AS TEXT) || '|' || CAST(NEW.year AS TEXT) || '|' || CAST(NEW.period AS TEXT), 'update',
            json_object('student_id', NEW."student_id", 'subject', NEW."subject", 'year', NEW."year", 'period', NEW."period", 'value', NEW."value", 'entered_at', NEW."entered_at", 'entered_by', NEW."entered_by"));
END;
CREATE TRIGGER period_grade_trail_delete AFTER DELETE ON period_grade
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('period_grade', CAST(OLD.student_id AS TEXT) || '|' || CAST(OLD.subject AS TEXT) || '|' || CAST(OLD.year AS TEXT) || '|' || CAST(OLD.period AS TEXT), 'delete',
            json_object('student_id', OLD."student_id", 'subject', OLD."subject", 'year', OLD."year", 'period', OLD."period", 'value', OLD."value", 'entered_at', OLD."entered_at", 'entered_by', OLD."entered_by"));
END;
CREATE TRIGGER lesson_trail_insert AFTER INSERT ON lesson
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('lesson', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'date', NEW."date", 'number', NEW."number", 'class_id', NEW."class_id", 'group_id', NEW."group_id", 'subject', NEW."subject", 'teacher', NEW."teacher", 'substitute', NEW."substitute", 'topic', NEW."topic", 'homework', NEW."homework", 'entered_at', NEW."entered_at"));
END;
CREATE TRIGGER lesson_trail_update AFTER UPDATE ON lesson
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('lesson', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'date', NEW."date", 'number', NEW."number", 'class_id', NEW."class_id", 'group_id', NEW."group_id", 'subject', NEW."subject", 'teacher', NEW."teacher", 'substitute', NEW."substitute", 'topic', NEW."topic", 'homework', NEW."homework", 'entered_at', NEW."entered_at"));
END;
CREATE TRIGGER lesson_trail_delete AFTER DELETE ON lesson
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('lesson', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'date', OLD."date", 'number', OLD."number", 'class_id', OLD."class_id", 'group_id', OLD."group_id", 'subject', OLD."subject", 'teacher', OLD."teacher", 'substitute', OLD."substitute", 'topic', OLD."topic", 'homework', OLD."homework", 'entered_at', OLD."entered_at"));
END;
CREATE TRIGGER attendance_trail_insert AFTER INSERT ON attendance
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('attendance', CAST(NEW.lesson_id AS TEXT) || '|' || CAST(NEW.student_id AS TEXT), 'insert',
            json_object('lesson_id', NEW."lesson_id", 'student_id', NEW."student_id", 'code', NEW."code", 'entered_at', NEW."entered_at"));
END;
CREATE TRIGGER attendance_trail_update AFTER UPDATE ON attendance
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('attendance', CAST(NEW.lesson_id AS TEXT) || '|' || CAST(NEW.student_id AS TEXT), 'update',
            json_object('lesson_id', NEW."lesson_id", 'student_id', NEW."student_id", 'code', NEW."code", 'entered_at', NEW."entered_at"));
END;
CREATE TRIGGER attendance_trail_delete AFTER DELETE ON attendance
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('attendance', CAST(OLD.lesson_id AS TEXT) || '|' || CAST(OLD.student_id AS TEXT), 'delete',
            json_object('lesson_id', OLD."lesson_id", 'student_id', OLD."student_id", 'code', OLD."code", 'entered_at', OLD."entered_at"));
END;
CREATE TRIGGER student_trail_insert AFTER INSERT ON student
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('student', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'last_name', NEW."last_name", 'first_name', NEW."first_name", 'middle_name', NEW."middle_name", 'sex', NEW."sex", 'birth_date', NEW."birth_date", 'class_id', NEW."class_id", 'risk_group', NEW."risk_group", 'left_on', NEW."left_on", 'left_reason', NEW."left_reason"));
END;
CREATE TRIGGER student_trail_update AFTER UPDATE ON student
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('student', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'last_name', NEW."last_name", 'first_name', NEW."first_name", 'middle_name', NEW."middle_name", 'sex', NEW."sex", 'birth_date', NEW."birth_date", 'class_id', NEW."class_id", 'risk_group', NEW."risk_group", 'left_on', NEW."left_on", 'left_reason', NEW."left_reason"));
END;
CREATE TRIGGER student_trail_delete AFTER DELETE ON student
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('student', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'last_name', OLD."last_name", 'first_name', OLD."first_name", 'middle_name', OLD."middle_name", 'sex', OLD."sex", 'birth_date', OLD."birth_date", 'class_id', OLD."class_id", 'risk_group', OLD."risk_group", 'left_on', OLD."left_on", 'left_reason', OLD."left_reason"));
END;
CREATE TRIGGER class_trail_insert AFTER INSERT ON class
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('class', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'name', NEW."name", 'grade', NEW."grade", 'year', NEW."year", 'scheme', NEW."scheme", 'class_teacher', NEW."class_teacher", 'promoted_from', NEW."promoted_from"));
END;
CREATE TRIGGER class_trail_update AFTER UPDATE ON class
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('class', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'name', NEW."name", 'grade', NEW."grade", 'year', NEW."year", 'scheme', NEW."scheme", 'class_teacher', NEW."class_teacher", 'promoted_from', NEW."promoted_from"));
END;
CREATE TRIGGER class_trail_delete AFTER DELETE ON class
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('class', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'name', OLD."name", 'grade', OLD."grade", 'year', OLD."year", 'scheme', OLD."scheme", 'class_teacher', OLD."class_teacher", 'promoted_from', OLD."promoted_from"));
END;
CREATE TRIGGER staff_trail_insert AFTER INSERT ON staff
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('staff', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'last_name', NEW."last_name", 'first_name', NEW."first_name", 'middle_name', NEW."middle_name", 'email', NEW."email", 'phone', NEW."phone"));
END;
CREATE TRIGGER staff_trail_update AFTER UPDATE ON staff
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('staff', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'last_name', NEW."last_name", 'first_name', NEW."first_name", 'middle_name', NEW."middle_name", 'email', NEW."email", 'phone', NEW."phone"));
END;
CREATE TRIGGER staff_trail_delete AFTER DELETE ON staff
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('staff', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'last_name', OLD."last_name", 'first_name', OLD."first_name", 'middle_name', OLD."middle_name", 'email', OLD."email", 'phone', OLD."phone"));
END;
CREATE TRIGGER school_year_trail_insert AFTER INSERT ON school_year
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('school_year', CAST(NEW.year AS TEXT), 'insert',
            json_object('year', NEW."year", 'closed_at', NEW."closed_at", 'close_reason', NEW."close_reason"));
END;
CREATE TRIGGER school_year_trail_update AFTER UPDATE ON school_year
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('school_year', CAST(NEW.year AS TEXT), 'update',
            json_object('year', NEW."year", 'closed_at', NEW."closed_at", 'close_reason', NEW."close_reason"));
END;
CREATE TRIGGER school_year_trail_delete AFTER DELETE ON school_year
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('school_year', CAST(OLD.year AS TEXT), 'delete',
            json_object('year', OLD."year", 'closed_at', OLD."closed_at", 'close_reason', OLD."close_reason"));
END;
CREATE TRIGGER enrolment_trail_insert AFTER INSERT ON enrolment
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('enrolment', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'student_id', NEW."student_id", 'class_id', NEW."class_id", 'since', NEW."since", 'until', NEW."until", 'reason', NEW."reason"));
END;
CREATE TRIGGER enrolment_trail_update AFTER UPDATE ON enrolment
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('enrolment', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'student_id', NEW."student_id", 'class_id', NEW."class_id", 'since', NEW."since", 'until', NEW."until", 'reason', NEW."reason"));
END;
CREATE TRIGGER enrolment_trail_delete AFTER DELETE ON enrolment
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('enrolment', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'student_id', OLD."student_id", 'class_id', OLD."class_id", 'since', OLD."since", 'until', OLD."until", 'reason', OLD."reason"));
END;
COMMIT TRANSACTION
