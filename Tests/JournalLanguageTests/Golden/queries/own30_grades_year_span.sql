SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = g.student_id) AS "student", (SELECT n.name FROM subject n WHERE n.code = g.subject) AS "subject"
FROM period_grade g JOIN student gs ON gs.id = g.student_id JOIN class lc ON lc.id = gs.class_id
WHERE g.year = (SELECT year FROM school)
  AND g.period = ?1
  AND ((lc.name = ?2) AND ((SELECT CASE WHEN gv GLOB '[2-5]' THEN CAST(gv AS INTEGER) WHEN gv = 'н/а' THEN 1 END FROM (SELECT g.value AS gv)) = ?3))
ORDER BY lc.grade, lc.name, gs.last_name, gs.first_name, g.student_id, g.subject, g.period;
-- '1', '7А', 5
