SELECT gr.name AS "name", nj1.name AS "subject", (SELECT count(*) FROM (SELECT s.id AS "k", 1 AS "x"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?1))) lnk JOIN (SELECT group_id, student_id FROM group_member WHERE until IS NULL) lp ON +lp.student_id = lnk.k WHERE lp.group_id = gr.id) AS "count(students)", (SELECT group_concat(lnk.x, ', ') FROM (SELECT s.id AS "k", s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "x"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?2))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id) lnk JOIN (SELECT group_id, student_id FROM group_member WHERE until IS NULL) lp ON lp.student_id = lnk.k WHERE lp.group_id = gr.id) AS "list(students.name)"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id LEFT JOIN subject nj1 ON nj1.code = gr.subject
WHERE lc.year = (SELECT year FROM school)
  AND (gr.class_id IN (?3))
ORDER BY lc.grade, lc.name, gr.subject, gr.name;
-- 2, 2, 2
