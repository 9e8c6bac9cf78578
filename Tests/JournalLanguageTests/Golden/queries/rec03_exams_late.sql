SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", nj2.name AS "subject", er.received_on AS "received_on", er.entered_at AS "entered_at"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id LEFT JOIN student nj1 ON nj1.id = er.student_id LEFT JOIN subject nj2 ON nj2.code = er.subject
WHERE (er.received_on IS NOT NULL AND CAST(julianday(substr(er.entered_at, 1, 10)) - julianday(er.received_on) AS INTEGER) > 1)
ORDER BY er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id;
-- 
