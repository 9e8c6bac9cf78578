WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?1) AND +l.date BETWEEN ?2 AND ?3 AND +l.date BETWEEN (CASE c.scheme WHEN ?4 THEN ?5 END) AND (CASE c.scheme WHEN ?6 THEN ?7 END)) AS m1 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?8)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", measured.m1 AS "count(marks(alg, term 1))"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?9))
  AND (measured.m1 < ?10)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 'alg', '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'half', '2026-11-27', 4, 4, 8
