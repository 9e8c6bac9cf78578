SELECT l.number AS "number", nj1.name AS "subject", l.topic AS "topic"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id LEFT JOIN subject nj1 ON nj1.code = l.subject
WHERE l.date BETWEEN ?1 AND ?2
  AND (lc.name = ?3)
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- '2026-11-27', '2026-11-27', '7Б'
