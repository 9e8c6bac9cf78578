WITH f1 AS MATERIALIZED (SELECT k1, 100.0 * total(glow >= 4) / count(*) AS q, 100.0 * total(glow >= 3) / count(*) AS pr, total(gw) / sum(gcount) AS sou FROM (SELECT k.id AS k1, min(g.low) AS glow, sum(g.weight) AS gw, sum(g.n) AS gcount FROM class k JOIN student os ON os.class_id = k.id CROSS JOIN grade_summary g ON g.student_id = os.id WHERE g.year = (SELECT year FROM school) AND g.period = ?1 AND k.year = (SELECT year FROM school) AND (k.id IN (?2, ?3)) GROUP BY k.id, g.student_id) GROUP BY k1)
SELECT k.name AS "name", round(f1.q, 1) AS "quality(term 1)", round(f1.pr, 1) AS "pass_rate(term 1)", round(f1.sou, 1) AS "sou(term 1)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id
WHERE k.year = (SELECT year FROM school)
  AND (k.id IN (?4, ?5))
ORDER BY k.grade, k.name;
-- '1', 2, 3, 2, 3
