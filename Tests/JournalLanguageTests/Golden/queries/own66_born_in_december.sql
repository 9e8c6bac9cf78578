SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", s.birth_date AS "birth_date"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (CAST(strftime('%m', s.birth_date) AS INTEGER) = ?1)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 12
