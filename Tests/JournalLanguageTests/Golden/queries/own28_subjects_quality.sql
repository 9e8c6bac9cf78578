WITH f1 AS MATERIALIZED (SELECT k1, 100.0 * total(glow >= 4) / count(*) AS q, 100.0 * total(glow >= 3) / count(*) AS pr, total(gw) / sum(gcount) AS sou FROM (SELECT fm.owner AS k1, min((CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)) AS glow, total((CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)) AS gw, count(*) AS gcount FROM period_grade g CROSS JOIN (SELECT fs.code AS member, fs.code AS owner FROM subject fs UNION ALL SELECT fs.code, fs.parent FROM subject fs WHERE fs.parent IS NOT NULL) fm ON fm.member = g.subject WHERE +g.year = (SELECT year FROM school) AND +g.period = ?1 AND g.value IN ('2', '3', '4', '5', 'н/а') AND (g.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?2))) GROUP BY fm.owner, g.student_id) GROUP BY k1)
SELECT sub.name AS "name", round(f1.q, 1) AS "quality(term 1)", round(f1.pr, 1) AS "pass_rate(term 1)", round(f1.sou, 1) AS "sou(term 1)"
FROM subject sub LEFT JOIN f1 ON f1.k1 = sub.code
WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl WHERE tl.class_id IN (?3))
ORDER BY sub.rowid;
-- '1', 2, 2
