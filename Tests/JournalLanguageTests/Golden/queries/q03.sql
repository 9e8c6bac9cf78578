WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE c.scheme WHEN ?3 THEN ?4 END) AND (CASE c.scheme WHEN ?5 THEN ?6 END)) AS m1 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?7, ?8)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", round(measured.m1, 2) AS "marks(term 1)"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?9, ?10))
  AND (measured.m1 >= ?11)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2, 3, 2, 3, 4.5
