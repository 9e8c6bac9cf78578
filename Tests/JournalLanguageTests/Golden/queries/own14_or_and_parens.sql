WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND NOT ((s.risk_group IS NOT NULL))),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?2 AND ?3 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) AND l.subject IN (?4) GROUP BY m.student_id),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?5 AND ?6 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) AND l.subject IN (?7) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?8))
  AND (((f1.av < ?9) OR (f2.av < ?10)) AND NOT ((s.risk_group IS NOT NULL)))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-09-01', '2026-10-25', 'alg', '2026-09-01', '2026-10-25', 'geom', 2, 3.5, 3.5
