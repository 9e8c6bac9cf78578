SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", (SELECT group_concat(role, ', ') FROM (SELECT role FROM staff_role WHERE staff_id = t.id ORDER BY position)) AS "roles"
FROM staff t
WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.user_id = t.id AND v.at >= ?1 AND v.at < ?2)
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- '2026-11-14', '2026-11-28'
