SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = m.student_id) AS "student", (SELECT n.name FROM subject n WHERE n.code = l.subject) AS "subject", l.date AS "date"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (m.value = ?4)
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- 3, '2026-09-01', '2026-09-07', 2
