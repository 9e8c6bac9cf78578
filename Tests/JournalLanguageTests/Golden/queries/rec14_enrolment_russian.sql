SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = en.student_id) AS "ученик", lc.name AS "класс", en.since AS "начало"
FROM enrolment en JOIN class lc ON lc.id = en.class_id
WHERE (en.class_id IN (?1))
  AND (en.until IS NULL)
ORDER BY (SELECT es.last_name FROM student es WHERE es.id = en.student_id), (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id
LIMIT ?2;
-- 2, 3
