SELECT substr(l.date, 1, 7) AS "month", round(CAST(sum(l.total) AS REAL) / sum(l.n), 2) AS "avg(value)", coalesce(sum(l.n), 0) AS "count()"
FROM mark_day l JOIN class lc ON lc.id = l.class_id
WHERE l.date BETWEEN ?1 AND ?2
GROUP BY substr(l.date, 1, 7)
ORDER BY substr(l.date, 1, 7) DESC NULLS LAST, substr(l.date, 1, 7);
-- '2026-09-01', '2026-11-27'
