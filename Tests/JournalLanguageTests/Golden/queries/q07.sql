SELECT l.date AS "date", nj1.name AS "subject", nj2.last_name || ' ' || nj2.first_name || coalesce(' ' || nj2.middle_name, '') AS "teacher"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id LEFT JOIN subject nj1 ON nj1.code = l.subject LEFT JOIN staff nj2 ON nj2.id = l.teacher
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (coalesce(l.homework, '') = '')
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- 2, '2026-09-01', '2026-10-25'
