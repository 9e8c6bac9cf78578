WITH f1 AS MATERIALIZED (SELECT a.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN attendance a ON a.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 AND a.code = 'late' GROUP BY a.student_id),
f2 AS MATERIALIZED (SELECT a.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN attendance a ON a.lesson_id = l.id WHERE l.class_id IN (?4) AND l.date BETWEEN ?5 AND ?6 AND a.code IN ('absent', 'sick', 'excused') GROUP BY a.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", coalesce(f1.n, 0) AS "lates(term 1)", coalesce(f2.n, 0) AS "absences(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?7))
  AND (f1.n > ?8)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 4, '2026-09-01', '2026-11-27', 4, '2026-09-01', '2026-11-27', 4, 3
