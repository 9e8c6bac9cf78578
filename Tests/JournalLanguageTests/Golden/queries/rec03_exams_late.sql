SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = er.student_id) AS "student", (SELECT n.name FROM subject n WHERE n.code = er.subject) AS "subject", er.received_on AS "received_on", er.entered_at AS "entered_at"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id
WHERE (er.received_on IS NOT NULL AND CAST(julianday(substr(er.entered_at, 1, 10)) - julianday(er.received_on) AS INTEGER) > 1)
ORDER BY er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id;
-- 
