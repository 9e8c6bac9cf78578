SELECT l.date AS "date", nj1.name AS "subject"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id LEFT JOIN subject nj1 ON nj1.code = l.subject
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (NOT (coalesce(l.topic, '') = '') AND (coalesce(l.homework, '') = ''))
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- 4, '2026-11-23', '2026-11-27'
