SELECT count(*) AS "count()", coalesce(sum((s.risk_group IS NOT NULL)), 0) AS "sum(risk)"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1));
-- 2
