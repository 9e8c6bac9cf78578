SELECT gr.name AS "name", lc.name AS "class", (SELECT n.name FROM subject n WHERE n.code = gr.subject) AS "subject", (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = (SELECT gt.teacher FROM teaching_load gt WHERE gt.class_id = gr.class_id AND gt.subject = gr.subject AND gt.group_id = gr.id ORDER BY gt.id LIMIT 1)) AS "teacher"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id
WHERE lc.year = (SELECT year FROM school)
  AND (gr.class_id IN (?1))
ORDER BY lc.grade, lc.name, gr.subject, gr.name;
-- 2
