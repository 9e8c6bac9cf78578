BEGIN IMMEDIATE TRANSACTION;
ALTER TABLE school_year ADD COLUMN close_reason TEXT;
CREATE TRIGGER class_closed_year_insert BEFORE INSERT ON class
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER class_closed_year_update BEFORE UPDATE ON class
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER class_closed_year_delete BEFORE DELETE ON class
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER period_grade_closed_year_insert BEFORE INSERT ON period_grade
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER period_grade_closed_year_update BEFORE UPDATE ON period_grade
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER period_grade_closed_year_delete BEFORE DELETE ON period_grade
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER study_period_closed_year_insert BEFORE INSERT ON study_period
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER study_period_closed_year_update BEFORE UPDATE ON study_period
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER study_period_closed_year_delete BEFORE DELETE ON study_period
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER lesson_closed_year_insert BEFORE INSERT ON lesson
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER lesson_closed_year_update BEFORE UPDATE ON lesson
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER lesson_closed_year_delete BEFORE DELETE ON lesson
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER class_group_closed_year_insert BEFORE INSERT ON class_group
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER class_group_closed_year_update BEFORE UPDATE ON class_group
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER class_group_closed_year_delete BEFORE DELETE ON class_group
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER teaching_load_closed_year_insert BEFORE INSERT ON teaching_load
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER teaching_load_closed_year_update BEFORE UPDATE ON teaching_load
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER teaching_load_closed_year_delete BEFORE DELETE ON teaching_load
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER timetable_entry_closed_year_insert BEFORE INSERT ON timetable_entry
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER timetable_entry_closed_year_update BEFORE UPDATE ON timetable_entry
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER timetable_entry_closed_year_delete BEFORE DELETE ON timetable_entry
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER plan_topic_closed_year_insert BEFORE INSERT ON plan_topic
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER plan_topic_closed_year_update BEFORE UPDATE ON plan_topic
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER plan_topic_closed_year_delete BEFORE DELETE ON plan_topic
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_closed_year_insert BEFORE INSERT ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = NEW.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_closed_year_update BEFORE UPDATE ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = OLD.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_closed_year_delete BEFORE DELETE ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = OLD.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_closed_year_insert BEFORE INSERT ON mark
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = NEW.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_closed_year_update BEFORE UPDATE ON mark
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = OLD.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_closed_year_delete BEFORE DELETE ON mark
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = OLD.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER attendance_closed_year_insert BEFORE INSERT ON attendance
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = NEW.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER attendance_closed_year_update BEFORE UPDATE ON attendance
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = OLD.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER attendance_closed_year_delete BEFORE DELETE ON attendance
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = OLD.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_correction_closed_year_insert BEFORE INSERT ON mark_correction
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id WHERE m.id = NEW.mark_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_correction_closed_year_update BEFORE UPDATE ON mark_correction
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id WHERE m.id = OLD.mark_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_correction_closed_year_delete BEFORE DELETE ON mark_correction
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id WHERE m.id = OLD.mark_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
COMMIT TRANSACTION
