WITH f1 AS MATERIALIZED (SELECT p.id AS k1, count(*) AS n FROM parent p CROSS JOIN visit v ON v.user_id = p.id AND v.at >= ?1 AND v.at < ?2 WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?3)))) GROUP BY p.id)
SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') AS "name", coalesce(f1.n, 0) AS "visits(term 1)", round((SELECT avg(lnk.x) FROM (WITH f1 AS MATERIALIZED (SELECT m.student_id AS k1, avg(m.value) AS av FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?4) AND l.date BETWEEN ?5 AND ?6 GROUP BY m.student_id)
SELECT s.id AS "k", f1.av AS "x"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?7))) lnk JOIN parent_child lp ON +lp.student_id = lnk.k WHERE lp.parent_id = p.id), 2) AS "avg(children.marks(term 1))"
FROM parent p LEFT JOIN f1 ON f1.k1 = p.id
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?8))))
ORDER BY p.last_name, p.first_name, p.middle_name, p.id;
-- '2026-09-01', '2026-10-26', 2, 2, '2026-09-01', '2026-10-25', 2, 2
