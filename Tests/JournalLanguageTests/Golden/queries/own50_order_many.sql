SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
ORDER BY s.last_name DESC NULLS LAST, s.first_name NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?2;
-- 1, 4
