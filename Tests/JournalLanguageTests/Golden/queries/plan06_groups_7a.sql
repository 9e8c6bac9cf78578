SELECT gr.name AS "name", lc.name AS "class", nj1.name AS "subject", nj2.last_name || ' ' || nj2.first_name || coalesce(' ' || nj2.middle_name, '') AS "teacher"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id LEFT JOIN subject nj1 ON nj1.code = gr.subject LEFT JOIN staff nj2 ON nj2.id = (SELECT gt.teacher FROM teaching_load gt WHERE gt.class_id = gr.class_id AND gt.subject = gr.subject AND gt.group_id = gr.id ORDER BY gt.id LIMIT 1)
WHERE lc.year = (SELECT year FROM school)
  AND (gr.class_id IN (?1))
ORDER BY lc.grade, lc.name, gr.subject, gr.name;
-- 2
