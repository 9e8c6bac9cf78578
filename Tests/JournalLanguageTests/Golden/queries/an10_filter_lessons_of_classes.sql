WITH f1 AS MATERIALIZED (SELECT k.id AS k1, count(*) AS n FROM class k CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN (CASE k.scheme WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE k.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id WHERE k.year = (SELECT year FROM school) AND (coalesce(l.topic, '') = '') GROUP BY k.id),
f2 AS MATERIALIZED (SELECT k.id AS k1, 100.0 * sum((coalesce(l.topic, '') <> '')) / count(*) AS tp FROM class k CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN (CASE k.scheme WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AND (CASE k.scheme WHEN ?13 THEN ?14 WHEN ?15 THEN ?16 END) JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id WHERE k.year = (SELECT year FROM school) AND (l.subject IN (?17)) GROUP BY k.id)
SELECT k.name AS "name", coalesce(f1.n, 0) AS "count(lessons(term 1) where topic is empty)", round(f2.tp, 1) AS "topics(term 1 where subject = alg)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id LEFT JOIN f2 ON f2.k1 = k.id
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'alg'
