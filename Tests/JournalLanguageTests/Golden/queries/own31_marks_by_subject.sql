WITH g AS MATERIALIZED (SELECT l.subject AS k, count(*) AS c2, round(avg(m.value), 2) AS c3, min(m.value) AS c4, max(m.value) AS c5 FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE (l.class_id IN (?1)) AND l.date BETWEEN ?2 AND ?3 GROUP BY l.subject),
mb AS (SELECT DISTINCT tl.subject AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.subject IS NOT NULL AND (tl.class_id IN (?4)) UNION SELECT g.k FROM g)
SELECT nj1.name AS "subject", coalesce(g.c2, 0) AS "count()", g.c3 AS "avg(value)", g.c4 AS "min(value)", g.c5 AS "max(value)"
FROM mb LEFT JOIN g ON g.k IS mb.k LEFT JOIN subject nj1 ON nj1.code = mb.k
ORDER BY nj1.name, mb.k;
-- 2, '2026-09-01', '2026-10-25', 2
