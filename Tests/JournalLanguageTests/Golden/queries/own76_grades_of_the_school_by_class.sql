WITH f1 AS MATERIALIZED (SELECT k1, min(glow) AS low, total(gw) AS w, sum(gcount) AS gn FROM (SELECT s.id AS k1, min(g.low) AS glow, sum(g.weight) AS gw, sum(g.n) AS gcount FROM grade_summary g CROSS JOIN student s JOIN class c ON c.id = s.class_id WHERE g.year = (SELECT year FROM school) AND g.period = ?1 AND s.id = g.student_id GROUP BY s.id, g.student_id) GROUP BY k1)
SELECT c.name AS "class", count(*) AS "count()", round((100.0 * total(f1.low >= 4) / NULLIF(count(f1.low), 0)), 1) AS "quality(term 1)", round((100.0 * total(f1.low >= 3) / NULLIF(count(f1.low), 0)), 1) AS "pass_rate(term 1)", round((total(f1.w) / NULLIF(total(f1.gn), 0)), 1) AS "sou(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
GROUP BY c.name
ORDER BY CAST(c.name AS INTEGER), c.name;
-- '1'
