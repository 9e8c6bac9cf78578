SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", (SELECT min(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN (CASE c.scheme WHEN ? THEN ? END) AND (CASE c.scheme WHEN ? THEN ? END)) AS "min(marks(term 1))", (SELECT max(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN (CASE c.scheme WHEN ? THEN ? END) AND (CASE c.scheme WHEN ? THEN ? END)) AS "max(marks(term 1))", (SELECT coalesce(sum(m.value), 0) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?) AND +l.date BETWEEN (CASE c.scheme WHEN ? THEN ? END) AND (CASE c.scheme WHEN ? THEN ? END)) AS "sum(marks(alg, term 1))"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?))
  AND (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'alg', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2
