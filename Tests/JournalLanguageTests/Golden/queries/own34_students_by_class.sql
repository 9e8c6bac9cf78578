WITH o AS MATERIALIZED (SELECT s.id AS sid, s.id AS k1, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1, ?2))),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, total(m.value) AS tt, count(*) AS n FROM (SELECT e.class_id AS id, min((CASE o.sch WHEN ?3 THEN ?4 END)) AS lo, max((CASE o.sch WHEN ?5 THEN ?6 END)) AS hi FROM o JOIN enrolment e ON e.student_id = o.sid GROUP BY e.class_id) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN lk.lo AND lk.hi CROSS JOIN mark m ON m.lesson_id = l.id CROSS JOIN o ON o.sid = m.student_id WHERE l.date BETWEEN (CASE o.sch WHEN ?7 THEN ?8 END) AND (CASE o.sch WHEN ?9 THEN ?10 END) GROUP BY o.k1),
f2 AS MATERIALIZED (SELECT k1, min(glow) AS low FROM (SELECT s.id AS k1, min((CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END)) AS glow, total((CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)) AS gw, count(*) AS gcount FROM student s JOIN class c ON c.id = s.class_id CROSS JOIN period_grade g ON g.student_id = s.id WHERE +g.year = (SELECT year FROM school) AND +g.period = ?11 AND g.value IN ('2', '3', '4', '5', 'н/а') AND (s.class_id IN (?12, ?13)) GROUP BY s.id, g.student_id) GROUP BY k1)
SELECT c.name AS "class", count(*) AS "count()", round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "avg(marks(term 1))", round((100.0 * total(f2.low >= 4) / NULLIF(count(f2.low), 0)), 1) AS "quality(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?14, ?15))
GROUP BY c.name
ORDER BY CAST(c.name AS INTEGER), c.name;
-- 2, 3, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '1', 2, 3, 2, 3
