WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.risk_group IS NOT NULL)),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, total(m.value) AS tt, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?2 AND ?3 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) GROUP BY m.student_id)
SELECT count(*) AS "count()", round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "avg(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?4))
  AND (s.risk_group IS NOT NULL);
-- 2, '2026-09-01', '2026-10-25', 2
