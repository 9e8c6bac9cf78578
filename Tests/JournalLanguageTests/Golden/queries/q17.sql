SELECT (CASE WHEN v.user_id IN (SELECT u.id FROM student u) THEN 'student' WHEN v.user_id IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END) AS "role", count(*) AS "count"
FROM visit v
WHERE v.at >= ?1 AND v.at < ?2
GROUP BY (CASE WHEN v.user_id IN (SELECT u.id FROM student u) THEN 'student' WHEN v.user_id IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END)
ORDER BY (CASE WHEN v.user_id IN (SELECT u.id FROM student u) THEN 'student' WHEN v.user_id IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END);
-- '2026-11-16', '2026-11-23'
