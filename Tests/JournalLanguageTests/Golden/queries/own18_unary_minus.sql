SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = m.student_id) AS "student", m.value AS "value"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND ((-m.value) < (-?4))
ORDER BY (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = m.student_id) NULLS LAST, l.date, l.number, lc.grade, lc.name, m.id;
-- 2, '2026-11-26', '2026-11-26', 4
