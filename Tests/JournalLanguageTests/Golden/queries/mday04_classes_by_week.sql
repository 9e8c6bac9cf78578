SELECT date(l.date, 'weekday 0', '-6 days') AS "week", coalesce(sum(l.total), 0) AS "sum(value)", coalesce(sum(l.n), 0) AS "count()"
FROM mark_day l JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1, ?2, ?3))
  AND l.date BETWEEN ?4 AND ?5 AND l.date BETWEEN (CASE lc.scheme WHEN ?6 THEN ?7 WHEN ?8 THEN ?9 END) AND (CASE lc.scheme WHEN ?10 THEN ?11 WHEN ?12 THEN ?13 END)
GROUP BY date(l.date, 'weekday 0', '-6 days')
ORDER BY coalesce(sum(l.total), 0) DESC NULLS LAST, date(l.date, 'weekday 0', '-6 days');
-- 1, 2, 4, '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
