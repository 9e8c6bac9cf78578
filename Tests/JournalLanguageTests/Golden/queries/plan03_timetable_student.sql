SELECT tt.number AS "number", nj1.name AS "subject", lg.name AS "group", tt.room AS "room"
FROM timetable_entry tt JOIN class lc ON lc.id = tt.class_id LEFT JOIN class_group lg ON lg.id = tt.group_id LEFT JOIN subject nj1 ON nj1.code = tt.subject
WHERE lc.year = (SELECT year FROM school)
  AND ((tt.class_id IN (SELECT sl.class_id FROM student sl WHERE sl.id IN (?1)) AND (tt.group_id IS NULL OR tt.group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.until IS NULL AND gm.student_id IN (?2)))))
  AND (tt.weekday = ?3)
ORDER BY lc.grade, lc.name, tt.weekday, tt.number, lg.name, tt.valid_from, tt.id;
-- 'S0055', 'S0055', 1
