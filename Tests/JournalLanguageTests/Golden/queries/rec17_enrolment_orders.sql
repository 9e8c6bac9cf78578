SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = en.student_id) AS "student", lc.name AS "class", en.until AS "end", en.end_order_number AS "end_order_number", en.end_order_date AS "end_order_date"
FROM enrolment en JOIN class lc ON lc.id = en.class_id
WHERE NOT (coalesce(en.end_order_number, '') = '')
ORDER BY (SELECT es.last_name FROM student es WHERE es.id = en.student_id), (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id;
-- 
