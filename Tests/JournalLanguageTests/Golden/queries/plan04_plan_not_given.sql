SELECT pt.planned_date AS "date", nj1.name AS "subject", lg.name AS "group", pt.topic AS "topic"
FROM plan_topic pt JOIN class lc ON lc.id = pt.class_id LEFT JOIN class_group lg ON lg.id = pt.group_id LEFT JOIN subject nj1 ON nj1.code = pt.subject
WHERE lc.year = (SELECT year FROM school)
  AND (pt.class_id IN (?1))
  AND pt.planned_date BETWEEN ?2 AND ?3
  AND NOT (EXISTS (SELECT 1 FROM lesson gl WHERE gl.class_id = pt.class_id AND gl.subject = pt.subject AND gl.group_id IS pt.group_id AND trim(gl.topic) = trim(pt.topic)))
ORDER BY lc.grade, lc.name, pt.subject, lg.name, pt.number, pt.id;
-- 2, '2026-09-01', '2026-10-25'
