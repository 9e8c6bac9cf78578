SELECT k.name AS "name", (SELECT coalesce(sum(lnk.x), 0) FROM (SELECT ld.class_id AS "k", ld.hours_per_week AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = k.id) AS "sum(load.hours)", (SELECT count(*) FROM (SELECT gr.class_id AS "k", 1 AS "x"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = k.id) AS "count(groups)"
FROM class k
WHERE k.year = (SELECT year FROM school)
ORDER BY k.grade, k.name;
-- 
