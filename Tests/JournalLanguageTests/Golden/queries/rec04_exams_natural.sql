SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", lc.name AS "class", nj2.name AS "subject", er.exam AS "exam", er.taken_on AS "taken_on", er.score AS "score", er.mark AS "mark"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id LEFT JOIN student nj1 ON nj1.id = er.student_id LEFT JOIN subject nj2 ON nj2.code = er.subject
WHERE (er.student_id IN (?1))
ORDER BY er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id;
-- 'S0055'
