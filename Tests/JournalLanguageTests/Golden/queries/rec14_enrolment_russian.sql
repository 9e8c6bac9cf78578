SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "ученик", lc.name AS "класс", en.since AS "начало"
FROM enrolment en JOIN class lc ON lc.id = en.class_id LEFT JOIN student nj1 ON nj1.id = en.student_id
WHERE (en.class_id IN (?1))
  AND (en.until IS NULL)
ORDER BY (SELECT es.last_name FROM student es WHERE es.id = en.student_id), (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id
LIMIT ?2;
-- 2, 3
