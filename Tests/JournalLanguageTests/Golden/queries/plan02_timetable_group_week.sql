SELECT lc.name AS "class", lg.name AS "group", tt.weekday AS "weekday", tt.number AS "number", nj1.name AS "subject", nj2.last_name || ' ' || nj2.first_name || coalesce(' ' || nj2.middle_name, '') AS "teacher", tt.room AS "room", tt.valid_from AS "valid_from", tt.valid_to AS "valid_to"
FROM timetable_entry tt JOIN class lc ON lc.id = tt.class_id LEFT JOIN class_group lg ON lg.id = tt.group_id LEFT JOIN subject nj1 ON nj1.code = tt.subject LEFT JOIN staff nj2 ON nj2.id = tt.teacher
WHERE lc.year = (SELECT year FROM school)
  AND (tt.group_id IN (?1))
  AND tt.valid_from <= ?3 AND (tt.valid_to IS NULL OR tt.valid_to >= ?2)
ORDER BY lc.grade, lc.name, tt.weekday, tt.number, lg.name, tt.valid_from, tt.id;
-- 3, '2026-11-23', '2026-11-27'
