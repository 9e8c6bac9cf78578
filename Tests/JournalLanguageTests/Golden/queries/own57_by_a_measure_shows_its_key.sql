WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id),
f1 AS MATERIALIZED (SELECT a.student_id AS k1, lk.sch AS k2, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE lk.sch WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) CROSS JOIN attendance a ON a.lesson_id = l.id WHERE a.code IN ('absent', 'sick', 'excused') GROUP BY a.student_id, lk.sch),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, total(m.value) AS tt, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AND (CASE lk.sch WHEN ?13 THEN ?14 WHEN ?15 THEN ?16 END) CROSS JOIN mark m ON m.lesson_id = l.id GROUP BY m.student_id, lk.sch)
SELECT coalesce(f1.n, 0) AS "absences(term 1)", count(*) AS "count()", round((total(f2.tt) / NULLIF(total(f2.n), 0)), 2) AS "avg(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme LEFT JOIN f2 ON f2.k1 = s.id AND f2.k2 = c.scheme
GROUP BY coalesce(f1.n, 0)
ORDER BY coalesce(f1.n, 0);
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
