SELECT k.name AS "name", (SELECT count(*) FROM student os JOIN mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = os.id AND os.class_id = k.id AND +l.date BETWEEN ?1 AND ?2) AS "count(marks(year))", (SELECT count(*) FROM student os JOIN attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = os.id AND os.class_id = k.id AND +l.date BETWEEN ?3 AND ?4) AS "absences(year)"
FROM class k
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- '2026-09-01', '2026-11-27', '2026-09-01', '2026-11-27'
