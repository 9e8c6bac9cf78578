SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?, ?, ?) AND +l.date BETWEEN ? AND ?), 2) AS "marks(math, half 1)"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?))
ORDER BY (SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?, ?, ?) AND +l.date BETWEEN ? AND ?) DESC, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?;
-- 'math', 'alg', 'geom', '2026-09-01', '2026-11-27', 4, 'math', 'alg', 'geom', '2026-09-01', '2026-11-27', 3
