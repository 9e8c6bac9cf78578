WITH f1 AS MATERIALIZED (SELECT k1, group_concat(b || '=' || coalesce(sav, ''), ' ') AS sav FROM (SELECT m.student_id AS k1, date(l.date, 'weekday 0', '-6 days') AS b, round(avg(m.value), 2) AS sav FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3 GROUP BY m.student_id, date(l.date, 'weekday 0', '-6 days') ORDER BY m.student_id, date(l.date, 'weekday 0', '-6 days')) GROUP BY k1)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", f1.sav AS "spark(marks(term 1) by week)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?4))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, '2026-09-01', '2026-10-25', 2
