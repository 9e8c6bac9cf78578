SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", (SELECT group_concat(val, ' ') FROM (SELECT m.value AS val FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 ORDER BY l.date, l.number, m.id)) AS "list(marks(today))", (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.code IN ('absent', 'sick', 'excused') AND a.student_id = s.id AND +l.date BETWEEN ?3 AND ?4) AS "absences(today)"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- '2026-11-27', '2026-11-27', '2026-11-27', '2026-11-27'
