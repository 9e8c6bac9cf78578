SELECT (SELECT n.name FROM subject n WHERE n.code = pt.subject) AS "subject", count(*) AS "count()", round((100.0 * avg(CASE WHEN EXISTS (SELECT 1 FROM lesson gl WHERE gl.class_id = pt.class_id AND gl.subject = pt.subject AND gl.group_id IS pt.group_id AND trim(gl.topic) = trim(pt.topic)) THEN 1.0 ELSE 0.0 END)), 1) AS "share(given)"
FROM plan_topic pt JOIN class lc ON lc.id = pt.class_id LEFT JOIN class_group lg ON lg.id = pt.group_id
WHERE lc.year = (SELECT year FROM school)
  AND (pt.class_id IN (?1))
  AND pt.planned_date BETWEEN ?2 AND ?3
GROUP BY pt.subject
ORDER BY (SELECT n.name FROM subject n WHERE n.code = pt.subject), pt.subject;
-- 4, '2026-09-01', '2026-11-27'
