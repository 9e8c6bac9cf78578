BEGIN IMMEDIATE TRANSACTION;
ALTER TABLE enrolment ADD COLUMN order_number TEXT CHECK (order_number IS NULL OR order_number <> '');
-- PRAGMA 'main'.quick_check='enrolment';
ALTER TABLE enrolment ADD COLUMN order_date TEXT
    CHECK (order_date IS NULL OR date(order_date) IS order_date);
-- PRAGMA 'main'.quick_check='enrolment';
ALTER TABLE enrolment ADD COLUMN end_order_number TEXT
    CHECK (end_order_number IS NULL OR end_order_number <> '');
-- PRAGMA 'main'.quick_check='enrolment';
ALTER TABLE enrolment ADD COLUMN end_order_date TEXT
    CHECK (end_order_date IS NULL OR date(end_order_date) IS end_order_date);
-- PRAGMA 'main'.quick_check='enrolment';
DROP TRIGGER enrolment_trail_insert;
DROP TRIGGER enrolment_trail_update;
DROP TRIGGER enrolment_trail_delete;
CREATE TRIGGER enrolment_trail_insert AFTER INSERT ON enrolment
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('enrolment', CAST(NEW.id AS TEXT), 'insert',
            json_object('id', NEW."id", 'student_id', NEW."student_id", 'class_id', NEW."class_id", 'since', NEW."since", 'until', NEW."until", 'reason', NEW."reason", 'order_number', NEW."order_number", 'order_date', NEW."order_date", 'end_order_number', NEW."end_order_number", 'end_order_date', NEW."end_order_date"));
END;
CREATE TRIGGER enrolment_trail_update AFTER UPDATE ON enrolment
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('enrolment', CAST(NEW.id AS TEXT), 'update',
            json_object('id', NEW."id", 'student_id', NEW."student_id", 'class_id', NEW."class_id", 'since', NEW."since", 'until', NEW."until", 'reason', NEW."reason", 'order_number', NEW."order_number", 'order_date', NEW."order_date", 'end_order_number', NEW."end_order_number", 'end_order_date', NEW."end_order_date"));
END;
CREATE TRIGGER enrolment_trail_delete AFTER DELETE ON enrolment
BEGIN
    INSERT INTO change_row (table_name, key, op, data)
    VALUES ('enrolment', CAST(OLD.id AS TEXT), 'delete',
            json_object('id', OLD."id", 'student_id', OLD."student_id", 'class_id', OLD."class_id", 'since', OLD."since", 'until', OLD."until", 'reason', OLD."reason", 'order_number', OLD."order_number", 'order_date', OLD."order_date", 'end_order_number', OLD."end_order_number", 'end_order_date', OLD."end_order_date"));
END;
COMMIT TRANSACTION
