SELECT coalesce((SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = ac.user_id), (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM parent n WHERE n.id = ac.user_id), (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = ac.user_id)) AS "user", (CASE WHEN ac.user_id IN (SELECT u.id FROM student u) THEN 'student' WHEN ac.user_id IN (SELECT u.id FROM parent u) THEN 'parent' ELSE 'staff' END) AS "role", ac.login AS "login"
FROM account ac
WHERE (ac.user_id IN (SELECT vs.id FROM student vs WHERE (vs.id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1)))) OR ac.user_id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?2)))))
  AND ac.must_change
ORDER BY ac.login;
-- 2, 2
