SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", c.name AS "class", s.risk_group AS "risk_reason"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1, ?2))
  AND (s.risk_group IS NOT NULL)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 2, 3
