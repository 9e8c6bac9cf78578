WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 AND l.subject IN (?4, ?5, ?6) GROUP BY m.student_id)
SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?7))
  AND (f1.av < ?8)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-11-05', '2026-11-27', 'math', 'alg', 'geom', 2, 3
