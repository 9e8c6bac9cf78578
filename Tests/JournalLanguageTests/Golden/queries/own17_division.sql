SELECT k.name AS "name", round((CAST((SELECT count(*) FROM student os JOIN attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = os.id AND os.class_id = k.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE k.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE k.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)) AS REAL) / (SELECT count(*) FROM student s2 WHERE s2.class_id = k.id)), 2) AS "absences(term 1) / count(students)"
FROM class k
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
