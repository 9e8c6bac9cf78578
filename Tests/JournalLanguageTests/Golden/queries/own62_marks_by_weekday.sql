SELECT ((CAST(strftime('%w', l.date) AS INTEGER) + 6) % 7 + 1) AS "weekday", round(CAST(sum(l.total) AS REAL) / sum(l.n), 2) AS "avg(value)"
FROM mark_day l JOIN class lc ON lc.id = l.class_id
WHERE l.date BETWEEN ?1 AND ?2 AND l.date BETWEEN (CASE lc.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE lc.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)
GROUP BY ((CAST(strftime('%w', l.date) AS INTEGER) + 6) % 7 + 1)
ORDER BY ((CAST(strftime('%w', l.date) AS INTEGER) + 6) % 7 + 1);
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
