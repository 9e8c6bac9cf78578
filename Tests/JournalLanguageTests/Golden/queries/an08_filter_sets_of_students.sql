WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id JOIN class lc ON lc.id = l.class_id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 AND (m.kind = ?4) GROUP BY m.student_id),
f2 AS MATERIALIZED (SELECT a.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN attendance a ON a.lesson_id = l.id JOIN class lc ON lc.id = l.class_id WHERE l.class_id IN (?5) AND l.date BETWEEN ?6 AND ?7 AND a.code IN ('absent', 'sick', 'excused') AND (a.code = ?8) GROUP BY a.student_id),
f3 AS MATERIALIZED (SELECT m.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id JOIN class lc ON lc.id = l.class_id WHERE l.class_id IN (?9) AND l.date BETWEEN ?10 AND ?11 AND (m.value = ?12) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.av, 2) AS "avg(marks(term 1) where kind = control)", coalesce(f2.n, 0) AS "count(absences(term 1) where code = sick)", coalesce(f3.n, 0) AS "count(marks(term 1 where value = 5))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id LEFT JOIN f3 ON f3.k1 = s.id
WHERE (s.class_id IN (?13))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-09-01', '2026-10-25', 'control', 2, '2026-09-01', '2026-10-25', 'sick', 2, '2026-09-01', '2026-10-25', 5, 2
