SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = a.student_id) AS "student", count(*) AS "count()"
FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE a.code IN ('absent', 'sick', 'excused')
  AND (l.class_id IN (?))
  AND l.date BETWEEN ? AND ? AND l.date BETWEEN (CASE lc.scheme WHEN ? THEN ? END) AND (CASE lc.scheme WHEN ? THEN ? END)
  AND (a.code = ?)
GROUP BY (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = a.student_id)
ORDER BY count(*) DESC, (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = a.student_id)
LIMIT ?;
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'sick', 5
