WITH f1 AS MATERIALIZED (SELECT p.id AS k1, count(*) AS n FROM parent p CROSS JOIN visit v ON v.user_id = p.id AND v.at >= ?1 AND v.at < ?2 WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?3)))) GROUP BY p.id)
SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') AS "name", coalesce(f1.n, 0) AS "visits(last 7 days)"
FROM parent p LEFT JOIN f1 ON f1.k1 = p.id
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?4))))
  AND (f1.n >= ?5)
ORDER BY p.last_name, p.first_name, p.middle_name, p.id;
-- '2026-11-21', '2026-11-28', 1, 1, 3
