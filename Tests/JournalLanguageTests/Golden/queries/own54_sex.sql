WITH o AS MATERIALIZED (SELECT s.id AS sid, s.id AS k1, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.sex = ?2)),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, avg(m.value) AS av FROM (SELECT e.class_id AS id, min((CASE o.sch WHEN ?3 THEN ?4 END)) AS lo, max((CASE o.sch WHEN ?5 THEN ?6 END)) AS hi FROM o JOIN enrolment e ON e.student_id = o.sid GROUP BY e.class_id) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN lk.lo AND lk.hi CROSS JOIN mark m ON m.lesson_id = l.id CROSS JOIN o ON o.sid = m.student_id WHERE l.date BETWEEN (CASE o.sch WHEN ?7 THEN ?8 END) AND (CASE o.sch WHEN ?9 THEN ?10 END) GROUP BY o.k1)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?11))
  AND ((s.sex = ?12) AND (f1.av > ?13))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 3, 'f', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 3, 'f', 4.3
