SELECT g.value AS "value", count(*) AS "count"
FROM period_grade g JOIN student gs ON gs.id = g.student_id JOIN class lc ON lc.id = gs.class_id
WHERE g.year = (SELECT year FROM school)
  AND (gs.class_id IN (?1))
  AND g.period = ?2 AND lc.scheme = ?3
  AND (g.subject IN (?4))
GROUP BY g.value
ORDER BY g.value;
-- 2, '1', 'quarter', 'alg'
