WITH f1 AS MATERIALIZED (SELECT k1, 100.0 * total(glow >= 4) / count(*) AS q FROM (SELECT os.class_id AS k1, min((CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)) AS glow, total((CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)) AS gw, count(*) AS gcount FROM period_grade g CROSS JOIN student os ON os.id = g.student_id WHERE g.year = (SELECT year FROM school) AND g.period = ?1 AND g.value IN ('2', '3', '4', '5', 'н/а') AND os.class_id IN (SELECT k.id FROM class k WHERE k.year = (SELECT year FROM school)) GROUP BY os.class_id, g.student_id) GROUP BY k1)
SELECT k.name AS "name", round(f1.q, 1) AS "quality(term 1)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id
WHERE k.year = (SELECT year FROM school)
ORDER BY f1.q NULLS LAST, k.grade, k.name;
-- '1'
