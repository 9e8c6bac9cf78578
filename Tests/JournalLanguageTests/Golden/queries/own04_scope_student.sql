SELECT l.date AS "date", nj1.name AS "subject", m.value AS "value", m.kind AS "kind"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN subject nj1 ON nj1.code = l.subject
WHERE (m.student_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- 'S0001', '2026-11-14', '2026-11-27'
