WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1)) AND (s.risk_group IS NOT NULL)),
f1 AS MATERIALIZED (SELECT a.student_id AS k1, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?2 AND ?3 CROSS JOIN attendance a ON a.lesson_id = l.id WHERE a.code IN ('absent', 'sick', 'excused') AND +a.student_id IN (SELECT o.sid FROM o) GROUP BY a.student_id),
f2 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?4 AND ?5 CROSS JOIN mark m ON m.lesson_id = l.id WHERE +m.student_id IN (SELECT o.sid FROM o) GROUP BY m.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", coalesce(f1.n, 0) AS "absences(term 1)", (WITH f1 AS MATERIALIZED (SELECT a.student_id AS k1, count(*) AS n FROM lesson l CROSS JOIN attendance a ON a.lesson_id = l.id WHERE l.class_id IN (?6) AND l.date BETWEEN ?7 AND ?8 AND a.code IN ('absent', 'sick', 'excused') GROUP BY a.student_id)
SELECT CAST(total(f1.n) AS INTEGER) AS "all"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?9))) AS "all(absences(term 1))", round((f2.av - (WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, total(m.value) AS tt, count(*) AS n FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?10) AND l.date BETWEEN ?11 AND ?12 GROUP BY m.student_id)
SELECT round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) AS "all"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?13)))), 2) AS "marks(term 1) - all(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id LEFT JOIN f2 ON f2.k1 = s.id
WHERE (s.class_id IN (?14))
  AND (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-09-01', '2026-10-25', '2026-09-01', '2026-10-25', 2, '2026-09-01', '2026-10-25', 2, 2, '2026-09-01', '2026-10-25', 2, 2
