SELECT x.mark_id AS "mark", (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = m.student_id) AS "student", (SELECT n.name FROM subject n WHERE n.code = l.subject) AS "subject", x.old_value AS "old_value", x.new_value AS "new_value", (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = x.approved_by) AS "approved_by", x.at AS "at"
FROM mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
ORDER BY x.at, x.id;
-- 
