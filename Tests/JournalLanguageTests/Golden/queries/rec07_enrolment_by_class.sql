SELECT lc.name AS "class", count(*) AS "count()"
FROM enrolment en JOIN student es ON es.id = en.student_id JOIN class lc ON lc.id = en.class_id
GROUP BY lc.name
ORDER BY CAST(lc.name AS INTEGER), lc.name;
-- 
