WITH measured AS MATERIALIZED (SELECT s.rowid AS rid, (SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.student_id = s.id AND l.subject IN (?1, ?2, ?3) AND +l.date BETWEEN ?4 AND ?5) AS m1 FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?6)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(measured.m1, 2) AS "marks(math, half 1)"
FROM student s JOIN class c ON c.id = s.class_id JOIN measured ON measured.rid = s.rowid
WHERE (s.class_id IN (?7))
ORDER BY measured.m1 DESC NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?8;
-- 'math', 'alg', 'geom', '2026-09-01', '2026-11-27', 4, 4, 3
