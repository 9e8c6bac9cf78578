SELECT gr.name AS "name", lc.name AS "class", nj1.name AS "subject"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id LEFT JOIN subject nj1 ON nj1.code = gr.subject
WHERE lc.year = (SELECT year FROM school)
  AND (gr.id IN (SELECT gm.group_id FROM group_member gm WHERE gm.until IS NULL AND gm.student_id IN (?1)))
ORDER BY lc.grade, lc.name, gr.subject, gr.name;
-- 'S0043'
