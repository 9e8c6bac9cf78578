SELECT nj1.name AS "subject", lg.name AS "group", nj2.last_name || ' ' || nj2.first_name || coalesce(' ' || nj2.middle_name, '') AS "teacher", ld.hours_per_week AS "hours", ld.draft AS "draft"
FROM teaching_load ld JOIN class lc ON lc.id = ld.class_id LEFT JOIN class_group lg ON lg.id = ld.group_id LEFT JOIN subject nj1 ON nj1.code = ld.subject LEFT JOIN staff nj2 ON nj2.id = ld.teacher
WHERE lc.year = (SELECT year FROM school)
  AND (ld.class_id IN (?1))
  AND (ld.hours_per_week >= ?2)
ORDER BY lc.grade, lc.name, ld.subject, lg.name, ld.id;
-- 2, 3
