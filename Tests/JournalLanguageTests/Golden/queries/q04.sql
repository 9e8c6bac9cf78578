WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE c.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE c.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)) AS m1 FROM student s JOIN class c ON c.id = s.class_id)
SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (measured.m1 > ?11)
ORDER BY measured.m1 DESC NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?12;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 10, 5
