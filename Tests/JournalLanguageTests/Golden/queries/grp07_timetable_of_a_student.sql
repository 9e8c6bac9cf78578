SELECT tt.weekday AS "weekday", tt.number AS "number", lg.name AS "group", nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "teacher"
FROM timetable_entry tt JOIN class lc ON lc.id = tt.class_id LEFT JOIN class_group lg ON lg.id = tt.group_id LEFT JOIN staff nj1 ON nj1.id = tt.teacher
WHERE lc.year = (SELECT year FROM school)
  AND ((tt.class_id IN (SELECT sl.class_id FROM student sl WHERE sl.id IN (?1)) AND (tt.group_id IS NULL OR tt.group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.until IS NULL AND gm.student_id IN (?2)))))
  AND (tt.subject IN (?3))
ORDER BY lc.grade, lc.name, tt.weekday, tt.number, lg.name, tt.valid_from, tt.id;
-- 'S0043', 'S0043', 'eng'
