SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
  AND (((SELECT CASE WHEN g.value GLOB '[2-5]' THEN CAST(g.value AS INTEGER) WHEN g.value = 'н/а' THEN 1 END FROM period_grade g WHERE g.student_id = s.id AND g.subject = ?2 AND g.year = c.year AND g.period = ?3) = ?4) OR ((SELECT CASE WHEN g.value GLOB '[2-5]' THEN CAST(g.value AS INTEGER) WHEN g.value = 'н/а' THEN 1 END FROM period_grade g WHERE g.student_id = s.id AND g.subject = ?5 AND g.year = c.year AND g.period = ?6) = ?7))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 3, 'alg', '1', 2, 'geom', '1', 2
