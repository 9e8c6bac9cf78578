WITH measured AS MATERIALIZED (SELECT p.rowid AS rid, (SELECT count(*) FROM visit v WHERE v.user_id = p.id AND v.at >= ?1 AND v.at < ?2) AS m1 FROM parent p WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?3)))))
SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') AS "name", measured.m1 AS "visits(last 7 days)"
FROM parent p JOIN measured ON measured.rid = p.rowid
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?4))))
  AND (measured.m1 >= ?5)
ORDER BY p.last_name, p.first_name, p.middle_name, p.id;
-- '2026-11-21', '2026-11-28', 1, 1, 3
