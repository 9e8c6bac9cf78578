SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = en.student_id) AS "student", lc.name AS "class", en.since AS "start", en.until AS "end", en.reason AS "reason"
FROM enrolment en JOIN class lc ON lc.id = en.class_id
WHERE (en.student_id IN (?1))
ORDER BY (SELECT es.last_name FROM student es WHERE es.id = en.student_id), (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id;
-- 'S0055'
