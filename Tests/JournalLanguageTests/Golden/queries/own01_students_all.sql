SELECT s.id AS "id", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class"
FROM student s JOIN class c ON c.id = s.class_id
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 
