WITH f1 AS MATERIALIZED (SELECT k1, 100.0 * total(glow >= 4) / count(*) AS q FROM (SELECT os.class_id AS k1, min(g.low) AS glow, sum(g.weight) AS gw, sum(g.n) AS gcount FROM grade_summary g CROSS JOIN student os ON os.id = g.student_id WHERE g.year = (SELECT year FROM school) AND g.period = ?1 AND os.class_id IN (SELECT k.id FROM class k WHERE k.year = (SELECT year FROM school)) GROUP BY os.class_id, g.student_id) GROUP BY k1)
SELECT k.name AS "name", round(f1.q, 1) AS "quality(term 1)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id
WHERE k.year = (SELECT year FROM school)
ORDER BY f1.q NULLS LAST, k.grade, k.name;
-- '1'
