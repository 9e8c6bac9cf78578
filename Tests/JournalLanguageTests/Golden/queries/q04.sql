SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE ((SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = s.id AND +l.date BETWEEN (CASE c.scheme WHEN ? THEN ? WHEN ? THEN ? END) AND (CASE c.scheme WHEN ? THEN ? WHEN ? THEN ? END)) > ?)
ORDER BY (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = s.id AND +l.date BETWEEN (CASE c.scheme WHEN ? THEN ? WHEN ? THEN ? END) AND (CASE c.scheme WHEN ? THEN ? WHEN ? THEN ? END)) DESC, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 10, 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 5
