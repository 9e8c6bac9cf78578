WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, total(m.value) AS tt, count(*) AS n, total(m.value * m.value) AS sq FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE lk.sch WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) CROSS JOIN mark m ON m.lesson_id = l.id GROUP BY m.student_id, lk.sch)
SELECT c.name AS "class", round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "avg(marks(term 1))", round(sqrt(max(0.0, ((total(f1.sq) - total(f1.tt) * total(f1.tt) / NULLIF(total(f1.n), 0)) / NULLIF(total(f1.n) - 1, 0)))), 2) AS "stddev(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
GROUP BY c.name
ORDER BY CAST(c.name AS INTEGER), c.name;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
