WITH f1 AS MATERIALIZED (SELECT k1, sum(glow = 5) AS n5, sum(glow = 4) AS n4, sum(glow = 3) AS n3, sum(glow = 2) AS n2, sum(glow = 1) AS nna FROM (SELECT k.id AS k1, min(g.low) AS glow, sum(g.weight) AS gw, sum(g.n) AS gcount FROM class k JOIN student os ON os.class_id = k.id CROSS JOIN grade_summary g ON g.student_id = os.id WHERE g.year = (SELECT year FROM school) AND g.period = ?1 AND k.year = (SELECT year FROM school) AND (k.id IN (?2, ?3)) GROUP BY k.id, g.student_id) GROUP BY k1)
SELECT k.name AS "name", nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "class_teacher", coalesce(f1.n5, 0) AS "n5(term 1)", coalesce(f1.n4, 0) AS "n4(term 1)", coalesce(f1.n3, 0) AS "n3(term 1)", coalesce(f1.n2, 0) AS "n2(term 1)", coalesce(f1.nna, 0) AS "n_na(term 1)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id LEFT JOIN staff nj1 ON nj1.id = k.class_teacher
WHERE k.year = (SELECT year FROM school)
  AND (k.id IN (?4, ?5))
ORDER BY k.grade, k.name;
-- '1', 2, 3, 2, 3
