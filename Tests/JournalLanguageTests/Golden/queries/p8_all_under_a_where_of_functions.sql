WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, total(m.value) / count(*) AS av, total(m.value) AS tt, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.av, 2) AS "marks(term 1)", round((SELECT round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id WHERE (s.class_id IN (?4))), 2) AS "all(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?5))
  AND (f1.av > ?6)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-09-01', '2026-10-25', 2, 2, 4
