WITH f1 AS MATERIALIZED (SELECT t.id AS k1, count(*) AS n FROM staff t CROSS JOIN visit v ON v.user_id = t.id AND v.at >= ?1 AND v.at < ?2 GROUP BY t.id)
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", (SELECT group_concat(role, ', ') FROM (SELECT role FROM staff_role WHERE staff_id = t.id ORDER BY position)) AS "roles"
FROM staff t LEFT JOIN f1 ON f1.k1 = t.id
WHERE (coalesce(f1.n, 0) = ?3)
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- '2026-11-14', '2026-11-28', 0
