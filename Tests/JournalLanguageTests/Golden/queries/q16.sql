WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1))),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?2 THEN ?3 END) AND (CASE lk.sch WHEN ?4 THEN ?5 END) CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.subject IN (?6) GROUP BY m.student_id, lk.sch)
SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (s.class_id IN (?7))
  AND (coalesce(f1.n, 0) = ?8)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 1, 'quarter', '2026-11-05', 'quarter', '2026-11-27', 'eng', 1, 0
