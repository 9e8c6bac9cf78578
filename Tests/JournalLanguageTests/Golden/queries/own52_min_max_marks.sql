WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.risk_group IS NOT NULL)),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, min(m.value) AS lo, max(m.value) AS hi FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?2 THEN ?3 END) AND (CASE lk.sch WHEN ?4 THEN ?5 END) CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) GROUP BY m.student_id, lk.sch),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, sum(m.value) AS sm FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?6 THEN ?7 END) AND (CASE lk.sch WHEN ?8 THEN ?9 END) CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) AND l.subject IN (?10) GROUP BY m.student_id, lk.sch)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", f1.lo AS "min(marks(term 1))", f1.hi AS "max(marks(term 1))", coalesce(f2.sm, 0) AS "sum(marks(alg, term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme LEFT JOIN f2 ON f2.k1 = s.id AND f2.k2 = c.scheme
WHERE (s.class_id IN (?11))
  AND (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'alg', 2
