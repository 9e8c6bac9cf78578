WITH md1 AS MATERIALIZED (SELECT k1, avg(v) AS md FROM (SELECT k1, v, row_number() OVER (PARTITION BY k1 ORDER BY v) AS r, count(*) OVER (PARTITION BY k1) AS n FROM (SELECT date(l.date, 'weekday 0', '-6 days') AS k1, m.value AS v FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE (l.class_id IN (?1)) AND l.date BETWEEN ?2 AND ?3) WHERE v IS NOT NULL) WHERE r IN ((n + 1) / 2, (n + 2) / 2) GROUP BY k1)
SELECT date(l.date, 'weekday 0', '-6 days') AS "неделя", round(max(md1.md), 2) AS "медиана(значение)", round(sqrt(max(0.0, ((total(CAST(m.value AS REAL) * CAST(m.value AS REAL)) - total(CAST(m.value AS REAL)) * total(CAST(m.value AS REAL)) / NULLIF(count(m.value), 0)) / NULLIF(count(m.value) - 1, 0)))), 2) AS "ско(значение)"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN md1 ON md1.k1 IS date(l.date, 'weekday 0', '-6 days')
WHERE (l.class_id IN (?4))
  AND l.date BETWEEN ?5 AND ?6
GROUP BY date(l.date, 'weekday 0', '-6 days')
ORDER BY date(l.date, 'weekday 0', '-6 days');
-- 2, '2026-09-01', '2026-10-25', 2, '2026-09-01', '2026-10-25'
