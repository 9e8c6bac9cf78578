SELECT (CASE WHEN EXISTS (SELECT 1 FROM student u WHERE u.id = v.user_id) THEN 'student' WHEN EXISTS (SELECT 1 FROM parent u WHERE u.id = v.user_id) THEN 'parent' ELSE 'staff' END) AS "role", count(*) AS "count()"
FROM visit v
WHERE v.at >= ?1 AND v.at < ?2
GROUP BY (CASE WHEN EXISTS (SELECT 1 FROM student u WHERE u.id = v.user_id) THEN 'student' WHEN EXISTS (SELECT 1 FROM parent u WHERE u.id = v.user_id) THEN 'parent' ELSE 'staff' END)
ORDER BY (CASE WHEN EXISTS (SELECT 1 FROM student u WHERE u.id = v.user_id) THEN 'student' WHEN EXISTS (SELECT 1 FROM parent u WHERE u.id = v.user_id) THEN 'parent' ELSE 'staff' END);
-- '2026-11-23', '2026-11-28'
