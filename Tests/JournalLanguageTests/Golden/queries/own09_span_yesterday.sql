SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = a.student_id) AS "student", lc.name AS "class", (SELECT n.name FROM subject n WHERE n.code = l.subject) AS "subject", a.code AS "code"
FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE a.code IN ('absent', 'sick', 'excused')
  AND l.date BETWEEN ?1 AND ?2
ORDER BY l.date, l.number, lc.grade, lc.name, a.student_id;
-- '2026-11-26', '2026-11-26'
