WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 AND l.subject IN (?4, ?5, ?6) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.av, 2) AS "marks(math, half 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?7))
ORDER BY f1.av DESC NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?8;
-- 4, '2026-09-01', '2026-11-27', 'math', 'alg', 'geom', 4, 3
