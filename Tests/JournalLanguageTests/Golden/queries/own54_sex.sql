WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.sex = ?2)),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?5))
  AND ((s.sex = ?6) AND (f1.av > ?7))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 3, 'f', '2026-09-01', '2026-10-25', 3, 'f', 4.3
