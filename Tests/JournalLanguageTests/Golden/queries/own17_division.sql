WITH o AS MATERIALIZED (SELECT os.id AS sid, k.id AS k1, k.scheme AS sch FROM class k JOIN student os ON os.class_id = k.id WHERE k.year = (SELECT year FROM school)),
f1 AS MATERIALIZED (SELECT o.k1 AS k1, count(*) AS n FROM (SELECT e.class_id AS id, min((CASE o.sch WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END)) AS lo, max((CASE o.sch WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END)) AS hi FROM o CROSS JOIN enrolment e ON e.student_id = o.sid GROUP BY e.class_id) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN lk.lo AND lk.hi CROSS JOIN attendance a ON a.lesson_id = l.id CROSS JOIN o ON o.sid = a.student_id WHERE l.date BETWEEN (CASE o.sch WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AND (CASE o.sch WHEN ?13 THEN ?14 WHEN ?15 THEN ?16 END) AND a.code IN ('absent', 'sick', 'excused') GROUP BY o.k1),
f2 AS MATERIALIZED (SELECT k.id AS k1, count(*) AS n FROM class k JOIN student s2 ON s2.class_id = k.id WHERE k.year = (SELECT year FROM school) GROUP BY k.id)
SELECT k.name AS "name", round((CAST(coalesce(f1.n, 0) AS REAL) / coalesce(f2.n, 0)), 2) AS "absences(term 1) / count(students)"
FROM class k LEFT JOIN f1 ON f1.k1 = k.id LEFT JOIN f2 ON f2.k1 = k.id
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
