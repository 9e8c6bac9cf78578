SELECT lc.name AS "class", count(*) AS "count()"
FROM enrolment en JOIN class lc ON lc.id = en.class_id
GROUP BY en.class_id
ORDER BY CAST(lc.name AS INTEGER), lc.name, en.class_id;
-- 
