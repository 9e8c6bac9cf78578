SELECT x.mark_id AS "mark", nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", nj2.name AS "subject", x.old_value AS "old_value", x.new_value AS "new_value", nj3.last_name || ' ' || nj3.first_name || coalesce(' ' || nj3.middle_name, '') AS "approved_by", x.at AS "at"
FROM mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN student nj1 ON nj1.id = m.student_id LEFT JOIN subject nj2 ON nj2.code = l.subject LEFT JOIN staff nj3 ON nj3.id = x.approved_by
ORDER BY x.at, x.id;
-- 
