SELECT substr(v.at, 1, 10) AS "date", count(*) AS "count()"
FROM visit v
WHERE v.at >= ?1 AND v.at < ?2
GROUP BY substr(v.at, 1, 10)
ORDER BY substr(v.at, 1, 10) NULLS LAST, substr(v.at, 1, 10);
-- '2026-11-16', '2026-11-23'
