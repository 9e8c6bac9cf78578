SELECT k.name AS "name", (SELECT count(*) FROM (SELECT pt.class_id AS "k", 1 AS "x"
FROM plan_topic pt JOIN class lc ON lc.id = pt.class_id LEFT JOIN class_group lg ON lg.id = pt.group_id
WHERE lc.year = (SELECT year FROM school)
  AND (pt.class_id IN (?1, ?2))
  AND pt.planned_date BETWEEN ?3 AND ?4 AND pt.planned_date BETWEEN (CASE lc.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) AND (CASE lc.scheme WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END)) lnk WHERE lnk.k = k.id) AS "count(plan)", round((SELECT (100.0 * avg(CASE WHEN lnk.x THEN 1.0 ELSE 0.0 END)) FROM (SELECT pt.class_id AS "k", EXISTS (SELECT 1 FROM lesson gl WHERE gl.class_id = pt.class_id AND gl.subject = pt.subject AND gl.group_id IS pt.group_id AND trim(gl.topic) = trim(pt.topic)) AS "x"
FROM plan_topic pt JOIN class lc ON lc.id = pt.class_id LEFT JOIN class_group lg ON lg.id = pt.group_id
WHERE lc.year = (SELECT year FROM school)
  AND (pt.class_id IN (?13, ?14))
  AND pt.planned_date BETWEEN ?15 AND ?16 AND pt.planned_date BETWEEN (CASE lc.scheme WHEN ?17 THEN ?18 WHEN ?19 THEN ?20 END) AND (CASE lc.scheme WHEN ?21 THEN ?22 WHEN ?23 THEN ?24 END)) lnk WHERE lnk.k = k.id), 1) AS "share(plan.given)"
FROM class k
WHERE k.year = (SELECT year FROM school)
  AND (k.id IN (?25, ?26))
ORDER BY k.grade, k.name;
-- 2, 4, '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 2, 4, '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 2, 4
