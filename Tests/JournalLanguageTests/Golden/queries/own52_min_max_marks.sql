WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.risk_group IS NOT NULL)),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, min(m.value) AS lo, max(m.value) AS hi FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?2 AND ?3 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) GROUP BY m.student_id),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, sum(m.value) AS sm FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?4 AND ?5 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) AND l.subject IN (?6) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", f1.lo AS "min(marks(term 1))", f1.hi AS "max(marks(term 1))", coalesce(f2.sm, 0) AS "sum(marks(alg, term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?7))
  AND (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-09-01', '2026-10-25', '2026-09-01', '2026-10-25', 'alg', 2
