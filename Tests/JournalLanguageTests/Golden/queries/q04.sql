WITH o AS MATERIALIZED (SELECT s.id AS sid, s.id AS k1, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, count(*) AS n FROM (SELECT e.class_id AS id, min((CASE o.sch WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END)) AS lo, max((CASE o.sch WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END)) AS hi FROM o JOIN enrolment e ON e.student_id = o.sid GROUP BY e.class_id) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN lk.lo AND lk.hi CROSS JOIN attendance a ON a.lesson_id = l.id CROSS JOIN o ON o.sid = a.student_id WHERE l.date BETWEEN (CASE o.sch WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AND (CASE o.sch WHEN ?13 THEN ?14 WHEN ?15 THEN ?16 END) AND a.code IN ('absent', 'sick', 'excused') GROUP BY o.k1)
SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (coalesce(f1.n, 0) > ?17)
ORDER BY coalesce(f1.n, 0) DESC NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?18;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 10, 5
