SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = en.student_id) AS "student", lc.name AS "class", en.since AS "start", en.until AS "end", en.reason AS "reason"
FROM enrolment en LEFT JOIN student es ON es.id = en.student_id JOIN class lc ON lc.id = en.class_id
WHERE (en.student_id IN (?1))
ORDER BY es.last_name, es.first_name, en.student_id, en.since, en.id;
-- 'S0055'
