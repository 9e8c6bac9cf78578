SELECT ac.user_id AS "id", coalesce((SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = ac.user_id), (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM parent n WHERE n.id = ac.user_id), (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = ac.user_id)) AS "user", (CASE WHEN ac.user_id IN (SELECT u.id FROM student u) THEN 'student' WHEN ac.user_id IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END) AS "role", ac.login AS "login", ac.must_change AS "must_change", ac.issued_at AS "issued_at", nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "issued_by"
FROM account ac LEFT JOIN staff nj1 ON nj1.id = ac.issued_by
WHERE ac.issued_at >= ?1 AND ac.issued_at < ?2
ORDER BY ac.login;
-- '2026-11-23', '2026-11-28'
