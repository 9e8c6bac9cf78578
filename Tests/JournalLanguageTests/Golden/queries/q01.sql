SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
  AND ((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?2, ?3, ?4) AND +l.date BETWEEN ?5 AND ?6 AND +l.date BETWEEN (CASE c.scheme WHEN ?7 THEN ?8 END) AND (CASE c.scheme WHEN ?9 THEN ?10 END)) < ?11)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 'math', 'alg', 'geom', '2026-11-05', '2026-11-27', 'quarter', '2026-11-05', 'quarter', '2026-11-27', 3
