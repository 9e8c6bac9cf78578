SELECT date(l.date, 'weekday 0', '-6 days') AS "week", round(CAST(sum(l.total) AS REAL) / sum(l.n), 2) AS "avg(value)", coalesce(sum(l.n), 0) AS "count()"
FROM mark_day l JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3 AND l.date BETWEEN (CASE lc.scheme WHEN ?4 THEN ?5 END) AND (CASE lc.scheme WHEN ?6 THEN ?7 END)
GROUP BY date(l.date, 'weekday 0', '-6 days')
ORDER BY date(l.date, 'weekday 0', '-6 days');
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25'
