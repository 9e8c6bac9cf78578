WITH o AS MATERIALIZED (SELECT s.id AS sid, s.id AS k1, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1))),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, avg(m.value) AS av FROM (SELECT e.class_id AS id, min((CASE o.sch WHEN ?2 THEN ?3 END)) AS lo, max((CASE o.sch WHEN ?4 THEN ?5 END)) AS hi FROM o JOIN enrolment e ON e.student_id = o.sid GROUP BY e.class_id) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN lk.lo AND lk.hi CROSS JOIN mark m ON m.lesson_id = l.id CROSS JOIN o ON o.sid = m.student_id WHERE l.date BETWEEN (CASE o.sch WHEN ?6 THEN ?7 END) AND (CASE o.sch WHEN ?8 THEN ?9 END) AND l.subject IN (?10, ?11, ?12) GROUP BY o.k1)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.av, 2) AS "marks(матем, term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?13))
  AND (f1.av >= ?14)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 3, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'math', 'alg', 'geom', 3, 4.5
