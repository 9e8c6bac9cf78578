SELECT coalesce((SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = v.user_id), (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM parent n WHERE n.id = v.user_id), (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = v.user_id)) AS "user", v.at AS "at"
FROM visit v
WHERE v.at >= ?1 AND v.at < ?2
  AND ((CASE WHEN v.user_id IN (SELECT u.id FROM student u) THEN 'student' WHEN v.user_id IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END) = ?3)
ORDER BY v.at, v.id
LIMIT ?4;
-- '2026-11-27', '2026-11-28', 'student', 5
