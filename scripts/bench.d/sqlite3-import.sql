-- The sqlite3 shell's side of the import benchmark: the same CSV folder into the
-- same schema, the way a person would do it by hand: .import each file into a
-- scratch table, then INSERT … SELECT, turning empty fields into NULL and class
-- and group names into their keys. No checks beyond the schema's own.
-- Run from inside the exported folder: sqlite3 STORE < sqlite3-import.sql
.bail on
.mode csv
PRAGMA foreign_keys = OFF;
BEGIN;
.import school.csv   csv_school
.import periods.csv  csv_periods
.import subjects.csv csv_subjects
.import staff.csv    csv_staff
.import classes.csv  csv_classes
.import students.csv csv_students
.import parents.csv  csv_parents
.import groups.csv   csv_groups
.import load.csv     csv_load
.import timetable.csv csv_timetable
.import plan.csv     csv_plan
.import lessons.csv  csv_lessons
.import marks.csv    csv_marks
.import attendance.csv csv_attendance
.import grades.csv   csv_grades
.import visits.csv   csv_visits
.import corrections.csv csv_corrections

INSERT INTO school_year (year)
    SELECT year FROM csv_school UNION SELECT year FROM csv_periods UNION SELECT year FROM csv_classes;
INSERT INTO school (id, name, year, today) SELECT 1, name, year, NULLIF(today, '') FROM csv_school;
INSERT INTO study_period SELECT year, scheme, number, start, "end" FROM csv_periods;
INSERT INTO subject (code, name, parent) SELECT code, name, NULLIF(parent, '') FROM csv_subjects;
INSERT INTO staff SELECT id, last_name, first_name, NULLIF(middle_name, ''), NULLIF(email, ''), NULLIF(phone, '')
    FROM csv_staff;
WITH RECURSIVE split(staff_id, role, rest, position) AS (
    SELECT id, '', roles || '|', -1 FROM csv_staff
    UNION ALL
    SELECT staff_id, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1), position + 1
    FROM split WHERE rest <> '')
INSERT INTO staff_role SELECT staff_id, role, position FROM split WHERE position >= 0;
INSERT INTO class (name, grade, year, scheme, class_teacher)
    SELECT name, grade, year, scheme, NULLIF(class_teacher, '') FROM csv_classes;
INSERT INTO student (id, last_name, first_name, middle_name, sex, birth_date, class_id, risk_group)
    SELECT s.id, s.last_name, s.first_name, NULLIF(s.middle_name, ''), NULLIF(s.sex, ''),
        NULLIF(s.birth_date, ''), c.id, NULLIF(s.risk_group, '')
    FROM csv_students s JOIN class c ON c.name = s.class;
INSERT INTO parent SELECT id, last_name, first_name, NULLIF(middle_name, ''), NULLIF(phone, ''), NULLIF(email, '')
    FROM csv_parents;
WITH RECURSIVE split(parent_id, student_id, rest, position) AS (
    SELECT id, '', children || '|', -1 FROM csv_parents
    UNION ALL
    SELECT parent_id, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1), position + 1
    FROM split WHERE rest <> '')
INSERT INTO parent_child SELECT parent_id, student_id, position FROM split WHERE position >= 0;
INSERT INTO class_group (name, class_id, subject)
    SELECT g.name, c.id, g.subject FROM csv_groups g JOIN class c ON c.name = g.class;
WITH RECURSIVE split(group_name, student_id, rest, position) AS (
    SELECT name, '', students || '|', -1 FROM csv_groups
    UNION ALL
    SELECT group_name, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1), position + 1
    FROM split WHERE rest <> '')
INSERT INTO group_member (group_id, student_id, position, since)
    SELECT g.id, s.student_id, s.position, substr(c.year, 1, 4) || '-09-01'
    FROM split s JOIN class_group g ON g.name = s.group_name JOIN class c ON c.id = g.class_id
    WHERE s.position >= 0;
INSERT INTO teaching_load (class_id, group_id, subject, teacher, hours_per_week)
    SELECT c.id, g.id, l.subject, l.teacher, l.hours_per_week + 0
    FROM csv_load l JOIN class c ON c.name = l.class LEFT JOIN class_group g ON g.name = l."group";
INSERT INTO timetable_entry (class_id, group_id, weekday, number, subject, teacher, room, valid_from, valid_to)
    SELECT c.id, g.id, t.weekday, t.number, t.subject, t.teacher, NULLIF(t.room, ''), t.valid_from,
        NULLIF(t.valid_to, '')
    FROM csv_timetable t JOIN class c ON c.name = t.class LEFT JOIN class_group g ON g.name = t."group";
INSERT INTO plan_topic (class_id, group_id, subject, number, topic, planned_date)
    SELECT c.id, g.id, p.subject, p.number, p.topic, NULLIF(p.planned_date, '')
    FROM csv_plan p JOIN class c ON c.name = p.class LEFT JOIN class_group g ON g.name = p."group";
INSERT INTO lesson SELECT l.id, l.date, l.number, c.id, g.id, l.subject, l.teacher, NULLIF(l.substitute, ''),
        NULLIF(l.topic, ''), NULLIF(l.homework, ''), NULLIF(l.entered_at, '')
    FROM csv_lessons l JOIN class c ON c.name = l.class LEFT JOIN class_group g ON g.name = l."group";
INSERT INTO mark SELECT id, lesson_id, student_id, value, kind, entered_at, entered_by FROM csv_marks;
INSERT INTO attendance SELECT lesson_id, student_id, code, NULLIF(entered_at, '') FROM csv_attendance;
INSERT INTO period_grade SELECT student_id, subject, year, period, value, NULLIF(entered_at, ''),
        NULLIF(entered_by, '')
    FROM csv_grades;
INSERT INTO visit (user_id, at) SELECT user_id, at FROM csv_visits;
INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at, reason, status,
                             decided_at, applied)
    SELECT mark_id, old_value, new_value, requested_by, NULLIF(approved_by, ''), at, NULLIF(reason, ''),
           CASE WHEN approved_by = '' THEN 'requested' ELSE 'approved' END,
           CASE WHEN approved_by = '' THEN NULL ELSE at END, approved_by <> ''
    FROM csv_corrections;
-- What the format does not carry and the store derives: each student's enrolment in their class.
INSERT INTO enrolment (student_id, class_id, since)
    SELECT s.id, s.class_id, substr(c.year, 1, 4) || '-09-01' FROM student s JOIN class c ON c.id = s.class_id;
-- And the aggregates it keeps current (migration v8-summaries): marks and attendance per class ×
-- month × subject × student and per class × week × student.
INSERT INTO mark_summary
    SELECT l.class_id, substr(l.date, 1, 7), l.subject, m.student_id, count(*), sum(m.value)
    FROM mark m JOIN lesson l ON l.id = m.lesson_id GROUP BY 1, 2, 3, 4;
INSERT INTO attendance_summary
    SELECT l.class_id, substr(l.date, 1, 7), l.subject, a.student_id,
           sum(a.code IN ('absent', 'sick', 'excused')), sum(a.code = 'late')
    FROM attendance a JOIN lesson l ON l.id = a.lesson_id GROUP BY 1, 2, 3, 4;
INSERT INTO mark_week
    SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), m.student_id, count(*), sum(m.value)
    FROM mark m JOIN lesson l ON l.id = m.lesson_id GROUP BY 1, 2, 3;
INSERT INTO attendance_week
    SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), a.student_id,
           sum(a.code IN ('absent', 'sick', 'excused')), sum(a.code = 'late')
    FROM attendance a JOIN lesson l ON l.id = a.lesson_id GROUP BY 1, 2, 3;
-- And those of migration v9: lessons by who taught them (the substitute, else the teacher), with a
-- topic, with homework — by class, week and subject, and by week and the class's scheme — and marks
-- and late marks by the lesson's own teacher (lateness as the store's view of each mark says it).
INSERT INTO lesson_week
    SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), l.subject, coalesce(l.substitute, l.teacher),
           count(*), sum(coalesce(l.topic, '') <> ''), sum(coalesce(l.homework, '') <> '')
    FROM lesson l GROUP BY 1, 2, 3, 4;
INSERT INTO lesson_teacher_week
    SELECT date(l.date, 'weekday 0', '-6 days'), c.scheme, coalesce(l.substitute, l.teacher),
           count(*), sum(coalesce(l.topic, '') <> ''), sum(coalesce(l.homework, '') <> '')
    FROM lesson l JOIN class c ON c.id = l.class_id GROUP BY 1, 2, 3;
INSERT INTO mark_teacher_week
    SELECT class_id, week, subject, teacher, count(*), sum(late) FROM mark_teacher_rows GROUP BY 1, 2, 3, 4;
-- And v10's: the marks of each class and day, counted and summed.
INSERT INTO mark_day
    SELECT l.class_id, l.date, count(*), sum(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id GROUP BY 1, 2;

DROP TABLE csv_school; DROP TABLE csv_periods; DROP TABLE csv_subjects; DROP TABLE csv_staff;
DROP TABLE csv_classes; DROP TABLE csv_students; DROP TABLE csv_parents; DROP TABLE csv_groups;
DROP TABLE csv_load; DROP TABLE csv_timetable; DROP TABLE csv_plan; DROP TABLE csv_lessons;
DROP TABLE csv_marks; DROP TABLE csv_attendance; DROP TABLE csv_grades; DROP TABLE csv_visits;
DROP TABLE csv_corrections;
COMMIT;
