SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", l.date AS "date", m.entered_at AS "entered_at", CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER) AS "delay"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = m.student_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND ((m.kind = ?4) AND (CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER) > ?5))
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- 4, '2026-09-01', '2026-11-27', 'essay', 7
