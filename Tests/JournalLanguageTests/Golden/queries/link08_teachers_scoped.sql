SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", (SELECT coalesce(sum(lnk.x), 0) FROM (SELECT ld.teacher AS "k", ld.hours_per_week AS "x"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)
  AND (ld.class_id IN (?1))) lnk WHERE lnk.k = t.id) AS "sum(load.hours)", (SELECT count(*) FROM (SELECT tt.teacher AS "k", 1 AS "x"
FROM timetable_entry tt JOIN class lc ON lc.id = tt.class_id LEFT JOIN class_group lg ON lg.id = tt.group_id
WHERE lc.year = (SELECT year FROM school)
  AND (tt.class_id IN (?2))) lnk WHERE lnk.k = t.id) AS "count(timetable)"
FROM staff t
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
  AND t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE tl.class_id IN (?3))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- 2, 2, 2
