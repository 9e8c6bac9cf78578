-- Students of {B} with a 2 for period 1 in {COURSE} or {COURSE2}: their grades through the
-- primary key (student, subject, year, period).
SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, c.name AS class
FROM class c
JOIN student s ON s.class_id = c.id
WHERE c.name = '{B}' AND c.year = (SELECT year FROM school)
  AND EXISTS (
    SELECT 1 FROM period_grade g
    WHERE g.student_id = s.id AND g.subject IN ('{COURSE}', '{COURSE2}') AND g.year = c.year AND g.period = '1'
      AND g.value = '2'
  );
