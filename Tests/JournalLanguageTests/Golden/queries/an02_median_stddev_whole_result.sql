WITH md1 AS MATERIALIZED (SELECT avg(v) AS md FROM (SELECT v, row_number() OVER (ORDER BY v) AS r, count(*) OVER () AS n FROM (SELECT m.value AS v FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE (l.class_id IN (?1)) AND l.date BETWEEN ?2 AND ?3) WHERE v IS NOT NULL) WHERE r IN ((n + 1) / 2, (n + 2) / 2))
SELECT round((SELECT md1.md FROM md1), 2) AS "median(value)", round(sqrt(max(0.0, ((total(CAST(m.value AS REAL) * CAST(m.value AS REAL)) - total(CAST(m.value AS REAL)) * total(CAST(m.value AS REAL)) / NULLIF(count(m.value), 0)) / NULLIF(count(m.value) - 1, 0)))), 2) AS "stddev(value)", count(*) AS "count()"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?4))
  AND l.date BETWEEN ?5 AND ?6;
-- 2, '2026-09-01', '2026-10-25', 2, '2026-09-01', '2026-10-25'
