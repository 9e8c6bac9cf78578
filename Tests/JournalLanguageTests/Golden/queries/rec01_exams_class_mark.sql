SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = er.student_id) AS "student", (SELECT n.name FROM subject n WHERE n.code = er.subject) AS "subject", er.score AS "score"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id
WHERE (er.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1)))
  AND ((er.exam = ?2) AND (er.mark = ?3))
ORDER BY er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id;
-- 2, 'ОГЭ', 2
