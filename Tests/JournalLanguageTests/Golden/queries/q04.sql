WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id),
f1 AS MATERIALIZED (SELECT a.student_id AS k1, lk.sch AS k2, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE lk.sch WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) CROSS JOIN attendance a ON a.lesson_id = l.id WHERE a.code IN ('absent', 'sick', 'excused') GROUP BY a.student_id, lk.sch)
SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (f1.n > ?9)
ORDER BY coalesce(f1.n, 0) DESC NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?10;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 10, 5
