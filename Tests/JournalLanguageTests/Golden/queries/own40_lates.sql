WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code = 'late' AND a.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE c.scheme WHEN ?3 THEN ?4 END) AND (CASE c.scheme WHEN ?5 THEN ?6 END)) AS m1 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?7)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", measured.m1 AS "lates(term 1)", (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = s.id AND +l.date BETWEEN ?8 AND ?9 AND +l.date BETWEEN (CASE c.scheme WHEN ?10 THEN ?11 END) AND (CASE c.scheme WHEN ?12 THEN ?13 END)) AS "absences(term 1)"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?14))
  AND (measured.m1 > ?15)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'half', '2026-11-27', 4, '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'half', '2026-11-27', 4, 3
