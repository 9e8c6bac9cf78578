SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = m.student_id) AS "student", (SELECT n.name FROM subject n WHERE n.code = l.subject) AS "subject", m.value AS "value"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (l.subject IN (?4, ?5, ?6))
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- 2, '2026-11-27', '2026-11-27', 'math', 'alg', 'geom'
