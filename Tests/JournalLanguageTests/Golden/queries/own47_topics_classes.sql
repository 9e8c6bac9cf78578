WITH f1 AS MATERIALIZED (SELECT k.id AS k1, count(*) AS n, 100.0 * sum((coalesce(l.topic, '') <> '')) / count(*) AS tp, 100.0 * sum((coalesce(l.homework, '') <> '')) / count(*) AS hw FROM class k CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN (CASE k.scheme WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE k.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) WHERE k.year = (SELECT year FROM school) GROUP BY k.id)
SELECT k.name AS "name", coalesce(f1.n, 0) AS "count(lessons(term 1))", round(f1.tp, 1) AS "topics(term 1)", round(f1.hw, 1) AS "homework(term 1)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
