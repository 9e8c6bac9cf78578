SELECT round((100.0 * avg(CASE WHEN (s.risk_group IS NOT NULL) THEN 1.0 ELSE 0.0 END)), 1) AS "share(risk)", count(*) AS "count()"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1));
-- 2
