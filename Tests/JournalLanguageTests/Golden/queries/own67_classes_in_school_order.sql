SELECT c.name AS "class", count(*) AS "count()"
FROM student s JOIN class c ON c.id = s.class_id
GROUP BY c.name
ORDER BY CAST(c.name AS INTEGER), c.name;
-- 
