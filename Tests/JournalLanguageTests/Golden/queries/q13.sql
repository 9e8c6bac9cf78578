SELECT l.date AS "date", lc.name AS "class", (SELECT n.name FROM subject n WHERE n.code = l.subject) AS "subject", (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.teacher) AS "teacher", (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.substitute) AS "substitute"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id
WHERE l.date BETWEEN ?1 AND ?2
  AND NOT (l.substitute IS NULL)
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- '2026-11-14', '2026-11-27'
