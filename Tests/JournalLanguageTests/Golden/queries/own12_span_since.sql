SELECT x.mark_id AS "mark", x.old_value AS "old_value", x.new_value AS "new_value"
FROM mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE x.at >= ?1 AND x.at < ?2
ORDER BY x.at, x.id;
-- '2026-10-01', '2026-11-28'
