WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1, ?2))),
f1 AS MATERIALIZED (SELECT k1, total(t) AS tt, sum(n) AS n FROM (SELECT ms.student_id AS k1, ms.n AS n, ms.total AS t FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN mark_week ms ON ms.class_id = lk.id AND ms.week BETWEEN ?3 AND ?4 WHERE ms.n > 0 UNION ALL SELECT m.student_id AS k1, 1 AS n, m.value AS t FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND (l.date BETWEEN ?5 AND ?6 OR l.date BETWEEN ?7 AND ?8) CROSS JOIN mark m ON m.lesson_id = l.id) GROUP BY k1),
f2 AS MATERIALIZED (SELECT k1, min(glow) AS low FROM (SELECT s.id AS k1, min(g.low) AS glow, sum(g.weight) AS gw, sum(g.n) AS gcount FROM student s JOIN class c ON c.id = s.class_id CROSS JOIN grade_summary g ON g.student_id = s.id WHERE g.year = (SELECT year FROM school) AND g.period = ?9 AND (s.class_id IN (?10, ?11)) GROUP BY s.id, g.student_id) GROUP BY k1)
SELECT c.name AS "class", count(*) AS "count()", round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "avg(marks(term 1))", round((100.0 * total(f2.low >= 4) / NULLIF(count(f2.low), 0)), 1) AS "quality(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?12, ?13))
GROUP BY c.name
ORDER BY CAST(c.name AS INTEGER), c.name;
-- 2, 3, '2026-09-07', '2026-10-19', '2026-09-01', '2026-09-06', '2026-10-26', '2026-10-25', '1', 2, 3, 2, 3
