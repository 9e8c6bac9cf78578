SELECT count(*) AS "count()", round((total((SELECT total(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE c.scheme WHEN ?3 THEN ?4 END) AND (CASE c.scheme WHEN ?5 THEN ?6 END))) / NULLIF(total((SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND +l.date BETWEEN ?7 AND ?8 AND +l.date BETWEEN (CASE c.scheme WHEN ?9 THEN ?10 END) AND (CASE c.scheme WHEN ?11 THEN ?12 END))), 0)), 2) AS "avg(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?13))
  AND (s.risk_group IS NOT NULL);
-- '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2
