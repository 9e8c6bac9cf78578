SELECT (SELECT n.name FROM subject n WHERE n.code = ld.subject) AS "subject", lg.name AS "group", (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = ld.teacher) AS "teacher", ld.hours_per_week AS "hours", ld.draft AS "draft"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id
WHERE lc.year = (SELECT year FROM school)
  AND (ld.class_id IN (?1))
  AND (ld.hours_per_week >= ?2)
ORDER BY lc.grade, lc.name, ld.subject, lg.name, ld.id;
-- 2, 3
