SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", lc.name AS "class", en.until AS "end", en.end_order_number AS "end_order_number", en.end_order_date AS "end_order_date"
FROM enrolment en JOIN class lc ON lc.id = en.class_id LEFT JOIN student nj1 ON nj1.id = en.student_id
WHERE NOT (coalesce(en.end_order_number, '') = '')
ORDER BY (SELECT es.last_name FROM student es WHERE es.id = en.student_id), (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id;
-- 
