WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1, ?2))),
f1 AS MATERIALIZED (SELECT k1, CAST(sum(t) AS REAL) / sum(n) AS av FROM (SELECT ms.student_id AS k1, ms.n AS n, ms.total AS t FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN mark_week ms ON ms.class_id = lk.id AND ms.week BETWEEN ?3 AND ?4 WHERE ms.n > 0 UNION ALL SELECT m.student_id AS k1, 1 AS n, m.value AS t FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND (l.date BETWEEN ?5 AND ?6 OR l.date BETWEEN ?7 AND ?8) CROSS JOIN mark m ON m.lesson_id = l.id) GROUP BY k1)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", round(f1.av, 2) AS "marks(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?9, ?10))
  AND (f1.av >= ?11)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 3, '2026-09-07', '2026-10-19', '2026-09-01', '2026-09-06', '2026-10-26', '2026-10-25', 2, 3, 4.5
