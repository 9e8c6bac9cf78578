SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", lc.name AS "class", m.value AS "value"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = m.student_id
WHERE l.date BETWEEN ?1 AND ?2
  AND (l.teacher IN (?3))
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- '2026-11-27', '2026-11-27', 'T009'
