SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", (SELECT count(*) FROM lesson l WHERE (l.substitute = t.id OR (l.teacher = t.id AND l.substitute IS NULL)) AND (l.class_id IN (?1)) AND l.date BETWEEN ?2 AND ?3 AND l.date BETWEEN (CASE (SELECT ls.scheme FROM class ls WHERE ls.id = l.class_id) WHEN ?4 THEN ?5 END) AND (CASE (SELECT ls.scheme FROM class ls WHERE ls.id = l.class_id) WHEN ?6 THEN ?7 END)) AS "count(lessons(term 1))"
FROM staff t
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
  AND t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE tl.class_id IN (?8))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2
