SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') AS "name", (SELECT group_concat(nm, ', ') FROM (SELECT ch.last_name || ' ' || ch.first_name || coalesce(' ' || ch.middle_name, '') AS nm FROM parent_child pc JOIN student ch ON ch.id = pc.student_id WHERE pc.parent_id = p.id ORDER BY pc.position)) AS "children"
FROM parent p
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1))))
  AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.user_id = p.id AND v.at >= ?2 AND v.at < ?3)
ORDER BY p.last_name, p.first_name, p.middle_name, p.id;
-- 4, '2026-09-01', '2026-11-28'
