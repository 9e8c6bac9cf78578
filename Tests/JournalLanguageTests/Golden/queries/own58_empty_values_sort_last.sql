WITH measured AS MATERIALIZED (SELECT k.rowid AS rid, (SELECT 100.0 * total(low >= 4) / count(*) FROM (SELECT min((CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)) AS low FROM student os JOIN period_grade g ON g.student_id = os.id WHERE +g.year = (SELECT year FROM school) AND +g.period = ?1 AND g.value IN ('2', '3', '4', '5', 'н/а') AND os.class_id = k.id GROUP BY g.student_id)) AS m1 FROM class k WHERE k.year = (SELECT year FROM school))
SELECT k.name AS "name", round(measured.m1, 1) AS "quality(term 1)"
FROM class k JOIN measured ON measured.rid = k.rowid
WHERE k.year = (SELECT year FROM school)
ORDER BY measured.m1 NULLS LAST, k.grade, k.name;
-- '1'
