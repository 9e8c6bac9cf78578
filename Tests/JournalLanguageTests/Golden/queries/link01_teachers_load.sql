SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", (SELECT coalesce(sum(lnk.x), 0) FROM (SELECT ld.teacher AS "k", ld.hours_per_week AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = t.id) AS "sum(load.hours)", (SELECT count(*) FROM (SELECT ld.teacher AS "k", 1 AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = t.id) AS "count(load)"
FROM staff t
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- 
