WITH o AS MATERIALIZED (SELECT os.id AS sid, k.id AS k1, k.scheme AS sch FROM class k JOIN student os ON os.class_id = k.id WHERE k.year = (SELECT year FROM school)),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?1 AND ?2 CROSS JOIN mark m ON m.lesson_id = l.id CROSS JOIN o ON o.sid = m.student_id GROUP BY o.k1),
f2 AS MATERIALIZED (SELECT o.k1 AS k1, count(*) AS n FROM (SELECT DISTINCT e.class_id AS id FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4 CROSS JOIN attendance a ON a.lesson_id = l.id CROSS JOIN o ON o.sid = a.student_id WHERE a.code IN ('absent', 'sick', 'excused') GROUP BY o.k1)
SELECT k.name AS "name", coalesce(f1.n, 0) AS "count(marks(year))", coalesce(f2.n, 0) AS "absences(year)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id LEFT JOIN f2 ON f2.k1 = k.id
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- '2026-09-01', '2026-11-27', '2026-09-01', '2026-11-27'
