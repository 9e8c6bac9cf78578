SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = m.student_id) AS "student", lc.name AS "class", (SELECT n.name FROM subject n WHERE n.code = l.subject) AS "subject", l.date AS "date", m.entered_at AS "entered_at"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE l.date BETWEEN ? AND ? AND l.date BETWEEN (CASE lc.scheme WHEN ? THEN ? WHEN ? THEN ? END) AND (CASE lc.scheme WHEN ? THEN ? WHEN ? THEN ? END)
  AND ((m.kind = ?) AND (CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER) > ?))
ORDER BY l.date, l.number, lc.grade, lc.name, m.id;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'control', 3
