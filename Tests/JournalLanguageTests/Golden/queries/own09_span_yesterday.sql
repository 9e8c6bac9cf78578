SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", lc.name AS "class", nj2.name AS "subject", a.code AS "code"
FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = a.student_id LEFT JOIN subject nj2 ON nj2.code = l.subject
WHERE a.code IN ('absent', 'sick', 'excused')
  AND l.date BETWEEN ?1 AND ?2
ORDER BY l.date, l.number, lc.grade, lc.name, a.student_id;
-- '2026-11-26', '2026-11-26'
