WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND NOT ((s.risk_group IS NOT NULL))),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?2 THEN ?3 END) AND (CASE lk.sch WHEN ?4 THEN ?5 END) CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) AND l.subject IN (?6) GROUP BY m.student_id, lk.sch),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?7 THEN ?8 END) AND (CASE lk.sch WHEN ?9 THEN ?10 END) CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) AND l.subject IN (?11) GROUP BY m.student_id, lk.sch)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme LEFT JOIN f2 ON f2.k1 = s.id AND f2.k2 = c.scheme
WHERE (s.class_id IN (?12))
  AND (((f1.av < ?13) OR (f2.av < ?14)) AND NOT ((s.risk_group IS NOT NULL)))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'alg', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'geom', 2, 3.5, 3.5
