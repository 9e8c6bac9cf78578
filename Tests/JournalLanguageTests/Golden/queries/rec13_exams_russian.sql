SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "ученик", nj2.name AS "предмет", er.score AS "баллы", er.mark AS "отметка"
FROM exam_result er JOIN student es ON es.id = er.student_id LEFT JOIN class lc ON lc.id = es.class_id LEFT JOIN student nj1 ON nj1.id = er.student_id LEFT JOIN subject nj2 ON nj2.code = er.subject
WHERE (er.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1)))
  AND (er.exam = ?2)
ORDER BY er.taken_on, er.exam, er.subject, es.last_name, es.first_name, er.student_id;
-- 2, 'ОГЭ'
