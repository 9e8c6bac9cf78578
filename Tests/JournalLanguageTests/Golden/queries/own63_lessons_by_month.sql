SELECT substr(l.date, 1, 7) AS "month", count(*) AS "count()"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
GROUP BY substr(l.date, 1, 7)
ORDER BY substr(l.date, 1, 7);
-- 2, '2026-09-01', '2026-10-25'
