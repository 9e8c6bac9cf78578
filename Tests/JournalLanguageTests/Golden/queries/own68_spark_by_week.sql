WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1))),
f1 AS MATERIALIZED (SELECT k1, k2, group_concat(b || '=' || coalesce(sav, ''), ' ') AS sav FROM (SELECT m.student_id AS k1, lk.sch AS k2, date(l.date, 'weekday 0', '-6 days') AS b, round(avg(m.value), 2) AS sav FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?2 THEN ?3 END) AND (CASE lk.sch WHEN ?4 THEN ?5 END) CROSS JOIN mark m ON m.lesson_id = l.id GROUP BY m.student_id, lk.sch, date(l.date, 'weekday 0', '-6 days') ORDER BY m.student_id, lk.sch, date(l.date, 'weekday 0', '-6 days')) GROUP BY k1, k2)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", f1.sav AS "spark(marks(term 1) by week)"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (s.class_id IN (?6))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2
