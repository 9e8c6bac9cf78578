WITH f1 AS MATERIALIZED (SELECT p.id AS k1, count(*) AS n FROM parent p CROSS JOIN visit v ON v.user_id = p.id AND v.at >= ?1 AND v.at < ?2 WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?3)))) GROUP BY p.id)
SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') AS "name", coalesce(f1.n, 0) AS "visits(term 1)", round((SELECT avg(lnk.x) FROM (WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?4))),
f1 AS MATERIALIZED (SELECT m.student_id AS k1, lk.sch AS k2, avg(m.value) AS av FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?5 THEN ?6 END) AND (CASE lk.sch WHEN ?7 THEN ?8 END) CROSS JOIN mark m ON m.lesson_id = l.id GROUP BY m.student_id, lk.sch)
SELECT s.id AS "k", f1.av AS "x"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (s.class_id IN (?9))) lnk JOIN parent_child lp ON +lp.student_id = lnk.k WHERE lp.parent_id = p.id), 2) AS "avg(children.marks(term 1))"
FROM parent p LEFT JOIN f1 ON f1.k1 = p.id
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?10))))
ORDER BY p.last_name, p.first_name, p.middle_name, p.id;
-- '2026-09-01', '2026-10-26', 2, 2, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2, 2
