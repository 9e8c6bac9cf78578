SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
  AND ((((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?2) AND +l.date BETWEEN ?3 AND ?4 AND +l.date BETWEEN (CASE c.scheme WHEN ?5 THEN ?6 END) AND (CASE c.scheme WHEN ?7 THEN ?8 END)) < ?9) OR ((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?10) AND +l.date BETWEEN ?11 AND ?12 AND +l.date BETWEEN (CASE c.scheme WHEN ?13 THEN ?14 END) AND (CASE c.scheme WHEN ?15 THEN ?16 END)) < ?17)) AND NOT ((s.risk_group IS NOT NULL)))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 'alg', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 3.5, 'geom', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 3.5
