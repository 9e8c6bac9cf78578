SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.substitute) AS "substitute", count(*) AS "count()"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND NOT (l.substitute IS NULL)
GROUP BY l.substitute
ORDER BY (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.substitute), l.substitute;
-- 1, '2026-09-01', '2026-10-25'
