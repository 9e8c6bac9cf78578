WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.sex = ?2)),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?3 THEN ?4 END) AND (CASE lk.sch WHEN ?5 THEN ?6 END) CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) GROUP BY m.student_id, lk.sch)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.av, 2) AS "marks(term 1)", round((WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, total(m.value) AS tt, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?7) AND l.date BETWEEN ?8 AND ?9 GROUP BY m.student_id)
SELECT round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "all"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?10))), 2) AS "all(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (s.class_id IN (?11))
  AND (s.sex = ?12)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 'f', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2, '2026-09-01', '2026-10-25', 2, 2, 'f'
