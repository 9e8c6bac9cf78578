WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 AND l.subject IN (?4) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", coalesce(f1.n, 0) AS "count(marks(alg, term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?5))
  AND (coalesce(f1.n, 0) < ?6)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 4, '2026-09-01', '2026-11-27', 'alg', 4, 8
