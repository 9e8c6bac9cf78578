SELECT l.date AS "date", l.number AS "number", lg.name AS "group"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id
WHERE ((l.class_id IN (SELECT sl.class_id FROM student sl WHERE sl.id IN (?1)) AND (l.group_id IS NULL OR l.group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.student_id IN (?2) AND gm.since <= l.date AND (gm.until IS NULL OR l.date <= gm.until)))))
  AND l.date BETWEEN ?3 AND ?4
  AND (l.subject IN (?5))
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- 'S0043', 'S0043', '2026-11-09', '2026-11-22', 'eng'
