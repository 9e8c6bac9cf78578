SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", (SELECT group_concat(lnk.x, ', ') FROM (SELECT gr.id AS "k", gr.name AS "x"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id
WHERE lc.year = (SELECT year FROM school)
  AND (gr.class_id IN (?1))
ORDER BY lc.grade, lc.name, gr.subject, gr.name) lnk JOIN (SELECT group_id, student_id FROM group_member WHERE until IS NULL) lp ON lp.group_id = lnk.k WHERE lp.student_id = s.id) AS "list(groups.name)"
FROM student s JOIN class c ON c.id = s.class_id
WHERE (s.class_id IN (?2))
  AND ((SELECT count(*) FROM (SELECT gr.id AS "k", 1 AS "x"
FROM class_group gr JOIN class lc ON lc.id = gr.class_id
WHERE lc.year = (SELECT year FROM school)
  AND (gr.class_id IN (?3))) lnk JOIN (SELECT group_id, student_id FROM group_member WHERE until IS NULL) lp ON lp.group_id = lnk.k WHERE lp.student_id = s.id) > ?4)
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?5;
-- 2, 2, 2, 0, 5
