SELECT (SELECT n.name FROM subject n WHERE n.code = er.subject) AS "subject", er.exam AS "exam", count(*) AS "count()", round(avg(er.score), 2) AS "avg(score)"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id
WHERE er.taken_on BETWEEN ?1 AND ?2
GROUP BY er.subject, er.exam
ORDER BY (SELECT n.name FROM subject n WHERE n.code = er.subject), er.exam, er.subject;
-- '2026-09-01', '2026-11-27'
