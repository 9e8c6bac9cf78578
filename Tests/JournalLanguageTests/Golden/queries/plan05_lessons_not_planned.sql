SELECT l.date AS "date", nj1.name AS "subject", lg.name AS "group", l.topic AS "topic"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id LEFT JOIN subject nj1 ON nj1.code = l.subject
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND NOT (EXISTS (SELECT 1 FROM plan_topic pl WHERE pl.class_id = l.class_id AND pl.subject = l.subject AND pl.group_id IS l.group_id AND trim(pl.topic) = trim(l.topic)))
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- 2, '2026-09-01', '2026-10-25'
