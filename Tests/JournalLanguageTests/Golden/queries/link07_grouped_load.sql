SELECT k.grade AS "grade", coalesce(sum((SELECT coalesce(sum(lnk.x), 0) FROM (SELECT ld.class_id AS "k", ld.hours_per_week AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = k.id)), 0) AS "sum(load.hours)", count(*) AS "count()"
FROM class k
WHERE k.year = (SELECT year FROM school)
GROUP BY k.grade
ORDER BY k.grade;
-- 
