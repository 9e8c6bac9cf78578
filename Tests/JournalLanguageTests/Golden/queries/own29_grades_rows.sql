SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", lc.name AS "class", nj2.name AS "subject", g.period AS "period", g.value AS "value"
FROM period_grade g JOIN student gs ON gs.id = g.student_id JOIN class lc ON lc.id = gs.class_id LEFT JOIN student nj1 ON nj1.id = g.student_id LEFT JOIN subject nj2 ON nj2.code = g.subject
WHERE g.year = (SELECT year FROM school)
  AND (gs.class_id IN (?1))
  AND g.period = ?2
  AND (((SELECT CASE WHEN gv GLOB '[2-5]' THEN CAST(gv AS INTEGER) WHEN gv = 'н/а' THEN 1 END FROM (SELECT g.value AS gv)) = ?3) OR (g.value = ?4))
ORDER BY lc.grade, lc.name, gs.last_name, gs.first_name, g.student_id, g.subject, g.period;
-- 3, '1', 2, 'н/а'
