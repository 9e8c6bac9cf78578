SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
  AND (((SELECT CASE WHEN gv GLOB '[2-5]' THEN CAST(gv AS INTEGER) WHEN gv = 'н/а' THEN 1 END FROM (SELECT (SELECT g.value FROM period_grade g WHERE g.student_id = s.id AND g.subject = ?2 AND g.year = c.year AND g.period = ?3) AS gv)) = ?4) OR ((SELECT CASE WHEN gv GLOB '[2-5]' THEN CAST(gv AS INTEGER) WHEN gv = 'н/а' THEN 1 END FROM (SELECT (SELECT g.value FROM period_grade g WHERE g.student_id = s.id AND g.subject = ?5 AND g.year = c.year AND g.period = ?6) AS gv)) = ?7))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 3, 'alg', '1', 2, 'geom', '1', 2
