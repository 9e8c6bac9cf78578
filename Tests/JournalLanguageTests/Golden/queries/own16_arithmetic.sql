WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 GROUP BY m.student_id),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?4) AND l.date BETWEEN ?5 AND ?6 GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", (coalesce(f1.n, 0) + coalesce(f2.n, 0)) AS "count(marks(term 1)) + count(marks(term 2))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?7))
  AND ((coalesce(f1.n, 0) - coalesce(f2.n, 0)) > (?8 * ?9))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 1, '2026-09-01', '2026-10-25', 1, '2026-11-05', '2026-11-27', 1, 2, 10
