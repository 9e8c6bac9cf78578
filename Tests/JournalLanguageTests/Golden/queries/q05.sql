WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.risk_group IS NOT NULL)),
f1 AS MATERIALIZED (SELECT k1, min(ls) AS ls FROM (SELECT m.student_id AS k1, m.value AS v, group_concat(m.value, ' ') OVER (PARTITION BY m.student_id ORDER BY l.date, l.number, m.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS ls FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?1 AND ?2 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o)) GROUP BY k1),
f2 AS MATERIALIZED (SELECT a.student_id AS k1, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4 CROSS JOIN attendance a ON a.lesson_id = l.id WHERE a.code IN ('absent', 'sick', 'excused') AND +a.student_id IN (SELECT o.sid FROM o) GROUP BY a.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", f1.ls AS "list(marks(today))", coalesce(f2.n, 0) AS "absences(today)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- '2026-11-27', '2026-11-27', '2026-11-27', '2026-11-27'
