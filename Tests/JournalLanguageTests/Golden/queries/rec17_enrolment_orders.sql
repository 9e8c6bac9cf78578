SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = en.student_id) AS "student", lc.name AS "class", en.until AS "end", en.end_order_number AS "end_order_number", en.end_order_date AS "end_order_date"
FROM enrolment en LEFT JOIN student es ON es.id = en.student_id JOIN class lc ON lc.id = en.class_id
WHERE NOT (coalesce(en.end_order_number, '') = '')
ORDER BY es.last_name, es.first_name, en.student_id, en.since, en.id;
-- 
