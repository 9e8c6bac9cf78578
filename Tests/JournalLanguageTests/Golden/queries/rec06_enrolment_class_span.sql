SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = en.student_id) AS "student", lc.name AS "class", en.since AS "start"
FROM enrolment en JOIN class lc ON lc.id = en.class_id
WHERE (en.class_id IN (?1))
  AND en.since <= ?2 AND (en.until IS NULL OR en.until >= ?3)
  AND (en.until IS NULL)
ORDER BY (SELECT es.last_name FROM student es WHERE es.id = en.student_id), (SELECT es.first_name FROM student es WHERE es.id = en.student_id), en.student_id, en.since, en.id
LIMIT ?4;
-- 3, '2026-11-27', '2026-11-23', 5
