SELECT lc.name AS "class", count(*) AS "count()"
FROM enrolment en LEFT JOIN student es ON es.id = en.student_id JOIN class lc ON lc.id = en.class_id
GROUP BY en.class_id
ORDER BY CAST(lc.name AS INTEGER), lc.name, en.class_id;
-- 
