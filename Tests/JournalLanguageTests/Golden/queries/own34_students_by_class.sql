WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1, ?2))),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, total(m.value) AS tt, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?3 THEN ?4 END) AND (CASE lk.sch WHEN ?5 THEN ?6 END) CROSS JOIN mark m ON m.lesson_id = l.id GROUP BY m.student_id, lk.sch),
f2 AS MATERIALIZED (SELECT k1, min(glow) AS low FROM (SELECT s.id AS k1, min((CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)) AS glow, total((CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)) AS gw, count(*) AS gcount FROM student s JOIN class c ON c.id = s.class_id CROSS JOIN period_grade g ON g.student_id = s.id WHERE +g.year = (SELECT year FROM school) AND +g.period = ?7 AND g.value IN ('2', '3', '4', '5', 'н/а') AND (s.class_id IN (?8, ?9)) GROUP BY s.id, g.student_id) GROUP BY k1)
SELECT c.name AS "class", count(*) AS "count()", round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "avg(marks(term 1))", round((100.0 * total(f2.low >= 4) / NULLIF(count(f2.low), 0)), 1) AS "quality(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?10, ?11))
GROUP BY c.name
ORDER BY CAST(c.name AS INTEGER), c.name;
-- 2, 3, 'quarter', '2026-09-01', 'quarter', '2026-10-25', '1', 2, 3, 2, 3
