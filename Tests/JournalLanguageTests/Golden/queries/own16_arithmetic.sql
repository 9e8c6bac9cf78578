WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE c.scheme WHEN ?3 THEN ?4 END) AND (CASE c.scheme WHEN ?5 THEN ?6 END)) AS m1, (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN ?7 AND ?8 AND +l.date BETWEEN (CASE c.scheme WHEN ?9 THEN ?10 END) AND (CASE c.scheme WHEN ?11 THEN ?12 END)) AS m2 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?13)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", (measured.m1 + measured.m2) AS "count(marks(term 1)) + count(marks(term 2))"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?14))
  AND ((measured.m1 - measured.m2) > (?15 * ?16))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-11-05', '2026-11-27', 'quarter', '2026-11-05', 'quarter', '2026-11-27', 1, 1, 2, 10
