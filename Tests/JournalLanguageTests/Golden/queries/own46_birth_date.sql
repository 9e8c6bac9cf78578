SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", s.birth_date AS "birth_date"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))
  AND (s.birth_date < ?2)
ORDER BY s.birth_date NULLS LAST, c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 1, '2014-03-01'
