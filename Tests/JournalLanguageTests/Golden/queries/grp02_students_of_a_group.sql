SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.id IN (SELECT gm.student_id FROM group_member gm WHERE gm.until IS NULL AND gm.group_id IN (?1)))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id;
-- 3
