SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE ((SELECT g.value FROM period_grade g WHERE g.student_id = s.id AND g.subject = ?1 AND g.year = c.year AND g.period = ?2) = ?3)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 'geo', '1', 'н/а'
