WITH o AS MATERIALIZED (SELECT s.id AS sid, s.id AS k1, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.risk_group IS NOT NULL)),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, total(m.value) AS tt, count(*) AS n FROM (SELECT e.class_id AS id, min((CASE o.sch WHEN ?2 THEN ?3 END)) AS lo, max((CASE o.sch WHEN ?4 THEN ?5 END)) AS hi FROM o JOIN enrolment e ON e.student_id = o.sid GROUP BY e.class_id) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN lk.lo AND lk.hi CROSS JOIN mark m ON m.lesson_id = l.id CROSS JOIN o ON o.sid = m.student_id WHERE l.date BETWEEN (CASE o.sch WHEN ?6 THEN ?7 END) AND (CASE o.sch WHEN ?8 THEN ?9 END) GROUP BY o.k1)
SELECT count(*) AS "count()", round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "avg(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?10))
  AND (s.risk_group IS NOT NULL);
-- 2, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2
