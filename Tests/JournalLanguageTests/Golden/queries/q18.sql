WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?) AND +l.date BETWEEN ? AND ? AND +l.date BETWEEN (CASE c.scheme WHEN ? THEN ? END) AND (CASE c.scheme WHEN ? THEN ? END)) AS m1 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", measured.m1 AS "count(marks(alg, term 1))"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?))
  AND (measured.m1 < ?)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 'alg', '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'half', '2026-11-27', 4, 4, 8
