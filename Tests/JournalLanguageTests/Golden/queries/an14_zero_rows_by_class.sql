WITH g AS MATERIALIZED (SELECT lc.name AS k, count(*) AS c2 FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id WHERE (l.class_id IN (?1, ?2)) AND l.date BETWEEN ?3 AND ?4 AND (coalesce(l.topic, '') = '') GROUP BY lc.name),
mb AS (SELECT kc.name AS k FROM class kc WHERE kc.year = (SELECT year FROM school) AND kc.id IN (?5, ?6) UNION SELECT g.k FROM g)
SELECT mb.k AS "class", coalesce(g.c2, 0) AS "count()"
FROM mb LEFT JOIN g ON g.k IS mb.k
ORDER BY CAST(mb.k AS INTEGER), mb.k;
-- 1, 2, '2026-11-27', '2026-11-27', 1, 2
