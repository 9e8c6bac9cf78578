WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1))),
f1 AS MATERIALIZED (SELECT a.student_id AS k1, lk.sch AS k2, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?2 THEN ?3 END) AND (CASE lk.sch WHEN ?4 THEN ?5 END) CROSS JOIN attendance a ON a.lesson_id = l.id WHERE a.code = 'late' GROUP BY a.student_id, lk.sch),
f2 AS MATERIALIZED (SELECT a.student_id AS k1, lk.sch AS k2, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?6 THEN ?7 END) AND (CASE lk.sch WHEN ?8 THEN ?9 END) CROSS JOIN attendance a ON a.lesson_id = l.id WHERE a.code IN ('absent', 'sick', 'excused') GROUP BY a.student_id, lk.sch)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", coalesce(f1.n, 0) AS "lates(term 1)", coalesce(f2.n, 0) AS "absences(term 1)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme LEFT JOIN f2 ON f2.k1 = s.id AND f2.k2 = c.scheme
WHERE (s.class_id IN (?10))
  AND (f1.n > ?11)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 4, 'half', '2026-09-01', 'half', '2026-11-27', 'half', '2026-09-01', 'half', '2026-11-27', 4, 3
