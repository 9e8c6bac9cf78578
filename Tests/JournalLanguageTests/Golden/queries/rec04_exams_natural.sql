SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = er.student_id) AS "student", lc.name AS "class", (SELECT n.name FROM subject n WHERE n.code = er.subject) AS "subject", er.exam AS "exam", er.taken_on AS "taken_on", er.score AS "score", er.mark AS "mark"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id
WHERE (er.student_id IN (?1))
ORDER BY er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id;
-- 'S0055'
