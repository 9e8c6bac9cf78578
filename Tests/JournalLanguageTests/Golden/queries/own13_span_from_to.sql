SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", nj2.name AS "subject", l.date AS "date"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = m.student_id LEFT JOIN subject nj2 ON nj2.code = l.subject
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (m.value = ?4)
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- 3, '2026-09-01', '2026-09-07', 2
