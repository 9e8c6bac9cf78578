WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?1, ?2, ?3) AND +l.date BETWEEN ?4 AND ?5 AND +l.date BETWEEN (CASE c.scheme WHEN ?6 THEN ?7 END) AND (CASE c.scheme WHEN ?8 THEN ?9 END)) AS m1 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?10)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(measured.m1, 2) AS "marks(матем, term 1)"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?11))
  AND (measured.m1 >= ?12)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 'math', 'alg', 'geom', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 3, 3, 4.5
