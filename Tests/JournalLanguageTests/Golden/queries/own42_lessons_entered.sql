SELECT l.date AS "date", nj1.name AS "subject", l.entered_at AS "entered_at"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id LEFT JOIN subject nj1 ON nj1.code = l.subject
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (substr(l.entered_at, 1, 10) > ?4)
ORDER BY l.date, l.number, lc.grade, lc.name, l.id
LIMIT ?5;
-- 3, '2026-11-14', '2026-11-27', '2026-11-20', 5
