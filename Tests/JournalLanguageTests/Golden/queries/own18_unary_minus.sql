SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", m.value AS "value"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = m.student_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND ((-m.value) < (-?4))
ORDER BY nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') NULLS LAST, l.date, l.number, lc.grade, lc.name, m.id;
-- 2, '2026-11-26', '2026-11-26', 4
