SELECT date(l.date, 'weekday 0', '-6 days') AS "week", round(CAST(sum(l.total) AS REAL) / sum(l.n), 2) AS "avg(value)", coalesce(sum(l.n), 0) AS "count()"
FROM mark_day l JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
GROUP BY date(l.date, 'weekday 0', '-6 days')
ORDER BY date(l.date, 'weekday 0', '-6 days');
-- 2, '2026-09-01', '2026-10-25'
