WITH g AS MATERIALIZED (SELECT l.teacher AS k, count(*) AS c2, round(avg(m.value), 2) AS c3 FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE (l.class_id IN (?1)) AND l.date BETWEEN ?2 AND ?3 GROUP BY l.teacher),
mb AS (SELECT DISTINCT tl.teacher AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.teacher IS NOT NULL AND (tl.class_id IN (?4)) UNION SELECT g.k FROM g)
SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "teacher", coalesce(g.c2, 0) AS "count()", g.c3 AS "avg(value)"
FROM mb LEFT JOIN g ON g.k IS mb.k LEFT JOIN staff nj1 ON nj1.id = mb.k
ORDER BY nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, ''), mb.k;
-- 2, '2026-11-26', '2026-11-26', 2
