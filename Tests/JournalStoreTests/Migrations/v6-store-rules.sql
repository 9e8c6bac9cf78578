BEGIN IMMEDIATE TRANSACTION;
CREATE TRIGGER mark_never_replaced BEFORE INSERT ON mark
WHEN EXISTS (SELECT 1 FROM mark WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a mark is never replaced (R18): it changes only by a correction'); END;
CREATE TRIGGER mark_correction_never_replaced BEFORE INSERT ON mark_correction
WHEN EXISTS (SELECT 1 FROM mark_correction WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a correction is kept as it was made (R18): it is never replaced'); END;
CREATE TRIGGER lesson_never_replaced BEFORE INSERT ON lesson
WHEN EXISTS (SELECT 1 FROM lesson WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a lesson is never replaced: its marks and attendance would lose it'); END;
CREATE TRIGGER student_never_replaced BEFORE INSERT ON student
WHEN EXISTS (SELECT 1 FROM student WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a student is never replaced: their marks and history would lose them'); END;
CREATE TRIGGER class_never_replaced BEFORE INSERT ON class
WHEN EXISTS (SELECT 1 FROM class WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a class is never replaced: its lessons and students would lose it'); END;
CREATE TRIGGER visit_never_replaced BEFORE INSERT ON visit
WHEN EXISTS (SELECT 1 FROM visit WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a visit is kept as it was made: it is never replaced'); END;
CREATE TRIGGER enrolment_never_replaced BEFORE INSERT ON enrolment
WHEN EXISTS (SELECT 1 FROM enrolment WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an enrolment is never replaced: the student''s history would lose it'); END;
CREATE TRIGGER promotion_order_never_replaced BEFORE INSERT ON promotion_order
WHEN EXISTS (SELECT 1 FROM promotion_order WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a promotion order is kept as it was made: it is never replaced'); END;
CREATE TRIGGER promotion_never_replaced BEFORE INSERT ON promotion
WHEN EXISTS (SELECT 1 FROM promotion WHERE order_id = NEW.order_id AND student_id = NEW.student_id)
BEGIN SELECT RAISE(ABORT, 'a promotion is kept as it was made: it is never replaced'); END;
CREATE TRIGGER correction_as_the_rule_allows BEFORE INSERT ON mark_correction
BEGIN
    SELECT RAISE(ABORT, 'an own correction is not dated before the mark it corrects (R18)')
    WHERE NEW.status = 'own' AND NEW.at < (SELECT entered_at FROM mark WHERE id = NEW.mark_id);
    SELECT RAISE(ABORT, 'a decided correction names the director and when they decided, not before the request (R18)')
    WHERE NEW.status IN ('approved', 'rejected')
      AND (NOT EXISTS (SELECT 1 FROM staff_role WHERE staff_id = NEW.approved_by AND role = 'director') OR NEW.decided_at IS NULL OR NEW.decided_at < NEW.at);
    SELECT RAISE(ABORT, 'a correction request is decided later, by the director (R18)')
    WHERE NEW.status IN ('own', 'requested') AND (NEW.decided_at IS NOT NULL OR NEW.decision_note IS NOT NULL);
END;
CREATE TRIGGER correction_decided_after_request BEFORE UPDATE OF status, decided_at ON mark_correction
WHEN NEW.status IN ('approved', 'rejected') AND (NEW.decided_at IS NULL OR NEW.decided_at < OLD.at)
BEGIN SELECT RAISE(ABORT, 'a correction is decided after it was asked for (R18)'); END;
CREATE TRIGGER school_year_closed_for_good BEFORE UPDATE ON school_year
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed school year is never reopened or changed (R5)'); END;
CREATE TRIGGER school_year_closed_kept BEFORE DELETE ON school_year
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed school year is never reopened or changed (R5)'); END;
CREATE TRIGGER school_year_never_replaced BEFORE INSERT ON school_year
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed school year is never reopened or changed (R5)'); END;
CREATE TRIGGER class_into_closed_year BEFORE UPDATE ON class
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER period_grade_into_closed_year BEFORE UPDATE ON period_grade
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER study_period_into_closed_year BEFORE UPDATE ON study_period
WHEN (SELECT closed_at FROM school_year WHERE year = NEW.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER lesson_into_closed_year BEFORE UPDATE ON lesson
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER class_group_into_closed_year BEFORE UPDATE ON class_group
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER teaching_load_into_closed_year BEFORE UPDATE ON teaching_load
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER timetable_entry_into_closed_year BEFORE UPDATE ON timetable_entry
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER plan_topic_into_closed_year BEFORE UPDATE ON plan_topic
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER group_member_into_closed_year BEFORE UPDATE ON group_member
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = NEW.group_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_into_closed_year BEFORE UPDATE ON mark
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = NEW.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER attendance_into_closed_year BEFORE UPDATE ON attendance
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = NEW.lesson_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER mark_correction_into_closed_year BEFORE UPDATE ON mark_correction
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT c.year FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id WHERE m.id = NEW.mark_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER enrolment_closed_year_insert BEFORE INSERT ON enrolment
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER enrolment_closed_year_delete BEFORE DELETE ON enrolment
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER enrolment_closed_year_update BEFORE UPDATE ON enrolment
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
  AND (NEW.id IS NOT OLD.id OR NEW.student_id IS NOT OLD.student_id OR NEW.class_id IS NOT OLD.class_id
       OR NEW.since IS NOT OLD.since OR (OLD.until IS NOT NULL AND NEW.until IS NOT OLD.until))
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER enrolment_into_closed_year BEFORE UPDATE OF class_id ON enrolment
WHEN NEW.class_id IS NOT OLD.class_id AND (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = NEW.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER student_closed_year_names BEFORE UPDATE OF id, last_name, first_name, middle_name, sex,
    birth_date ON student
WHEN (NEW.id IS NOT OLD.id OR NEW.last_name IS NOT OLD.last_name OR NEW.first_name IS NOT OLD.first_name
      OR NEW.middle_name IS NOT OLD.middle_name OR NEW.sex IS NOT OLD.sex
      OR NEW.birth_date IS NOT OLD.birth_date)
  AND EXISTS (SELECT 1 FROM enrolment e JOIN class c ON c.id = e.class_id
              WHERE e.student_id = OLD.id AND (SELECT closed_at FROM school_year WHERE year = c.year) IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN class c ON c.id = e.class_id
                  WHERE e.student_id = OLD.id AND NOT (SELECT closed_at FROM school_year WHERE year = c.year) IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER visit_closed_year_insert BEFORE INSERT ON visit
WHEN EXISTS (SELECT 1 FROM school_year WHERE closed_at IS NOT NULL AND NEW.at >= substr(year, 1, 4) || '-09-01' AND NEW.at < substr(year, 6, 4) || '-09-01')
  AND NEW.at <= (SELECT max(closed_at) FROM school_year WHERE closed_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER visit_closed_year_update BEFORE UPDATE ON visit
WHEN EXISTS (SELECT 1 FROM school_year WHERE closed_at IS NOT NULL AND OLD.at >= substr(year, 1, 4) || '-09-01' AND OLD.at < substr(year, 6, 4) || '-09-01')
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER visit_closed_year_delete BEFORE DELETE ON visit
WHEN EXISTS (SELECT 1 FROM school_year WHERE closed_at IS NOT NULL AND OLD.at >= substr(year, 1, 4) || '-09-01' AND OLD.at < substr(year, 6, 4) || '-09-01')
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER visit_into_closed_year BEFORE UPDATE ON visit
WHEN EXISTS (SELECT 1 FROM school_year WHERE closed_at IS NOT NULL AND NEW.at >= substr(year, 1, 4) || '-09-01' AND NEW.at < substr(year, 6, 4) || '-09-01')
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER promotion_order_kept_update BEFORE UPDATE ON promotion_order
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER promotion_kept_update BEFORE UPDATE ON promotion
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM promotion_order WHERE id = OLD.order_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER promotion_order_kept_delete BEFORE DELETE ON promotion_order
WHEN (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER promotion_kept_delete BEFORE DELETE ON promotion
WHEN (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM promotion_order WHERE id = OLD.order_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END;
CREATE TRIGGER lesson_held_delete BEFORE DELETE ON lesson
WHEN (EXISTS (SELECT 1 FROM mark WHERE lesson_id = OLD.id) OR EXISTS (SELECT 1 FROM attendance WHERE lesson_id = OLD.id)) AND NOT (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a lesson with marks or attendance is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER lesson_never_rekeyed_onto_another BEFORE UPDATE OF id ON lesson
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM lesson WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'lesson id is never changed to another''s'); END;
CREATE TRIGGER lesson_held_key BEFORE UPDATE OF id ON lesson
WHEN NEW.id IS NOT OLD.id AND (EXISTS (SELECT 1 FROM mark WHERE lesson_id = OLD.id) OR EXISTS (SELECT 1 FROM attendance WHERE lesson_id = OLD.id)) AND NOT (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a lesson with marks or attendance is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER student_held_delete BEFORE DELETE ON student
WHEN (EXISTS (SELECT 1 FROM mark WHERE student_id = OLD.id) OR EXISTS (SELECT 1 FROM attendance WHERE student_id = OLD.id) OR EXISTS (SELECT 1 FROM period_grade WHERE student_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'a student with marks, attendance or grades is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER student_never_rekeyed_onto_another BEFORE UPDATE OF id ON student
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM student WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'student id is never changed to another''s'); END;
CREATE TRIGGER student_held_key BEFORE UPDATE OF id ON student
WHEN NEW.id IS NOT OLD.id AND (EXISTS (SELECT 1 FROM mark WHERE student_id = OLD.id) OR EXISTS (SELECT 1 FROM attendance WHERE student_id = OLD.id) OR EXISTS (SELECT 1 FROM period_grade WHERE student_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'a student with marks, attendance or grades is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER staff_held_delete BEFORE DELETE ON staff
WHEN (EXISTS (SELECT 1 FROM lesson WHERE teacher = OLD.id OR substitute = OLD.id) OR EXISTS (SELECT 1 FROM mark WHERE entered_by = OLD.id) OR EXISTS (SELECT 1 FROM mark_correction WHERE requested_by = OLD.id OR approved_by = OLD.id))
BEGIN SELECT RAISE(ABORT, 'a staff member with lessons, marks or corrections is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER staff_never_rekeyed_onto_another BEFORE UPDATE OF id ON staff
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM staff WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'staff id is never changed to another''s'); END;
CREATE TRIGGER staff_held_key BEFORE UPDATE OF id ON staff
WHEN NEW.id IS NOT OLD.id AND (EXISTS (SELECT 1 FROM lesson WHERE teacher = OLD.id OR substitute = OLD.id) OR EXISTS (SELECT 1 FROM mark WHERE entered_by = OLD.id) OR EXISTS (SELECT 1 FROM mark_correction WHERE requested_by = OLD.id OR approved_by = OLD.id))
BEGIN SELECT RAISE(ABORT, 'a staff member with lessons, marks or corrections is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER class_held_delete BEFORE DELETE ON class
WHEN (EXISTS (SELECT 1 FROM student WHERE class_id = OLD.id) OR EXISTS (SELECT 1 FROM lesson WHERE class_id = OLD.id)) AND NOT (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a class with students or lessons is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER class_never_rekeyed_onto_another BEFORE UPDATE OF id ON class
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM class WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'class id is never changed to another''s'); END;
CREATE TRIGGER class_held_key BEFORE UPDATE OF id ON class
WHEN NEW.id IS NOT OLD.id AND (EXISTS (SELECT 1 FROM student WHERE class_id = OLD.id) OR EXISTS (SELECT 1 FROM lesson WHERE class_id = OLD.id)) AND NOT (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a class with students or lessons is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER subject_held_delete BEFORE DELETE ON subject
WHEN (EXISTS (SELECT 1 FROM lesson WHERE subject = OLD.code) OR EXISTS (SELECT 1 FROM period_grade WHERE subject = OLD.code))
BEGIN SELECT RAISE(ABORT, 'a subject with lessons or grades is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER subject_never_rekeyed_onto_another BEFORE UPDATE OF code ON subject
WHEN NEW.code IS NOT OLD.code AND EXISTS (SELECT 1 FROM subject WHERE code = NEW.code)
BEGIN SELECT RAISE(ABORT, 'subject code is never changed to another''s'); END;
CREATE TRIGGER subject_held_key BEFORE UPDATE OF code ON subject
WHEN NEW.code IS NOT OLD.code AND (EXISTS (SELECT 1 FROM lesson WHERE subject = OLD.code) OR EXISTS (SELECT 1 FROM period_grade WHERE subject = OLD.code))
BEGIN SELECT RAISE(ABORT, 'a subject with lessons or grades is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER class_group_held_delete BEFORE DELETE ON class_group
WHEN (EXISTS (SELECT 1 FROM lesson WHERE group_id = OLD.id)) AND NOT (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a group with lessons is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER class_group_never_rekeyed_onto_another BEFORE UPDATE OF id ON class_group
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM class_group WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'class group id is never changed to another''s'); END;
CREATE TRIGGER class_group_held_key BEFORE UPDATE OF id ON class_group
WHEN NEW.id IS NOT OLD.id AND (EXISTS (SELECT 1 FROM lesson WHERE group_id = OLD.id)) AND NOT (SELECT closed_at FROM school_year WHERE year = (SELECT year FROM class WHERE id = OLD.class_id)) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a group with lessons is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER school_year_held_delete BEFORE DELETE ON school_year
WHEN (EXISTS (SELECT 1 FROM class WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM period_grade WHERE year = OLD.year)) AND NOT (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a school year with classes or grades is never removed: the journal''s rows would point at nothing'); END;
CREATE TRIGGER school_year_never_rekeyed_onto_another BEFORE UPDATE OF year ON school_year
WHEN NEW.year IS NOT OLD.year AND EXISTS (SELECT 1 FROM school_year WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'school year year is never changed to another''s'); END;
CREATE TRIGGER school_year_held_key BEFORE UPDATE OF year ON school_year
WHEN NEW.year IS NOT OLD.year AND (EXISTS (SELECT 1 FROM class WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM period_grade WHERE year = OLD.year)) AND NOT (SELECT closed_at FROM school_year WHERE year = OLD.year) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a school year with classes or grades is never removed: the journal''s rows would point at nothing'); END;
COMMIT TRANSACTION
