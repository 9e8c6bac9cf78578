-- Students of {B} with a 2 for period 1 in {COURSE} or {COURSE2}: the class's students joined to
-- those two grades of theirs through the primary key (student, subject, year, period).
SELECT DISTINCT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, c.name AS class
FROM class c
JOIN student s ON s.class_id = c.id
JOIN period_grade g ON g.student_id = s.id AND g.subject IN ('{COURSE}', '{COURSE2}') AND g.year = c.year AND g.period = '1'
WHERE c.name = '{B}' AND c.year = (SELECT year FROM school) AND g.value = '2';
