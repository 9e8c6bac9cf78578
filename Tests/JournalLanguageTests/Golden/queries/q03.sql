WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1, ?2))),
f1 AS MATERIALIZED (SELECT k1, k2, CAST(sum(t) AS REAL) / sum(n) AS av FROM (SELECT ms.student_id AS k1, lk.sch AS k2, ms.n AS n, ms.total AS t FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN mark_week ms ON ms.class_id = lk.id AND ms.week BETWEEN (CASE lk.sch WHEN ?3 THEN ?4 END) AND (CASE lk.sch WHEN ?5 THEN ?6 END) WHERE ms.n > 0 UNION ALL SELECT m.student_id AS k1, lk.sch AS k2, 1 AS n, m.value AS t FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND (l.date BETWEEN (CASE lk.sch WHEN ?7 THEN ?8 END) AND (CASE lk.sch WHEN ?9 THEN ?10 END) OR l.date BETWEEN (CASE lk.sch WHEN ?11 THEN ?12 END) AND (CASE lk.sch WHEN ?13 THEN ?14 END)) CROSS JOIN mark m ON m.lesson_id = l.id) GROUP BY k1, k2)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", round(f1.av, 2) AS "marks(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (s.class_id IN (?15, ?16))
  AND (f1.av >= ?17)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 3, 'quarter', '2026-09-07', 'quarter', '2026-10-19', 'quarter', '2026-09-01', 'quarter', '2026-09-06', 'quarter', '2026-10-26', 'quarter', '2026-10-25', 2, 3, 4.5
