SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", (SELECT count(*) FROM (SELECT ld.teacher AS "k", 1 AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = t.id) AS "count(load)", round((WITH rk AS MATERIALIZED (SELECT lnk.k AS o, lnk.x AS x, row_number() OVER (PARTITION BY lnk.k ORDER BY lnk.x) AS r, count(*) OVER (PARTITION BY lnk.k) AS n FROM (SELECT ld.teacher AS "k", ld.hours_per_week AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.x IS NOT NULL) SELECT avg(rk.x) FROM rk WHERE rk.o = t.id AND rk.r IN ((rk.n + 1) / 2, (rk.n + 2) / 2)), 2) AS "median(load.hours)", round((SELECT sqrt(max(0.0, ((total(CAST(lnk.x AS REAL) * CAST(lnk.x AS REAL)) - total(CAST(lnk.x AS REAL)) * total(CAST(lnk.x AS REAL)) / NULLIF(count(lnk.x), 0)) / NULLIF(count(lnk.x) - 1, 0)))) FROM (SELECT ld.teacher AS "k", ld.hours_per_week AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)) lnk WHERE lnk.k = t.id), 2) AS "stddev(load.hours)"
FROM staff t
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- 
