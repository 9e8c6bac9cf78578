SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
  AND NOT EXISTS (SELECT 1 FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?2) AND +l.date BETWEEN ?3 AND ?4 AND +l.date BETWEEN (CASE c.scheme WHEN ?5 THEN ?6 END) AND (CASE c.scheme WHEN ?7 THEN ?8 END))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 1, 'eng', '2026-11-05', '2026-11-27', 'quarter', '2026-11-05', 'quarter', '2026-11-27'
