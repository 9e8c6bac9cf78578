SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE ((SELECT count(*) FROM (SELECT p.id AS "k", 1 AS "x"
FROM parent p) lnk JOIN parent_child lp ON +lp.parent_id = lnk.k WHERE lp.student_id = s.id) = ?1)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 0
