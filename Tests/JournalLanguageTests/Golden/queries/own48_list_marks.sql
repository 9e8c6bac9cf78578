SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", (SELECT group_concat(val, ' ') FROM (SELECT m.value AS val FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?1) AND +l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.number, m.id)) AS "list(marks(alg, last 2 weeks))"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?4))
  AND (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 'alg', '2026-11-14', '2026-11-27', 3
