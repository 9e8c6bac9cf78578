SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", m.value AS "value"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = m.student_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND ((((m.value != ?4) AND (m.value != ?5)) AND (m.value <= ?6)) AND (m.value >= ?7))
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- 1, '2026-11-24', '2026-11-24', 5, 4, 3, 2
