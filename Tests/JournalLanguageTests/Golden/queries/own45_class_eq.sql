SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id
WHERE ((c.name = ?1) AND (s.first_name = ?2))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- '7Б', 'Анна'
