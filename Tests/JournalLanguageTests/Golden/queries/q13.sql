SELECT l.date AS "date", lc.name AS "class", nj1.name AS "subject", nj2.last_name || ' ' || nj2.first_name || coalesce(' ' || nj2.middle_name, '') AS "teacher", nj3.last_name || ' ' || nj3.first_name || coalesce(' ' || nj3.middle_name, '') AS "substitute"
FROM lesson l JOIN class lc ON lc.id = l.class_id LEFT JOIN class_group lg ON lg.id = l.group_id LEFT JOIN subject nj1 ON nj1.code = l.subject LEFT JOIN staff nj2 ON nj2.id = l.teacher LEFT JOIN staff nj3 ON nj3.id = l.substitute
WHERE l.date BETWEEN ?1 AND ?2
  AND NOT (l.substitute IS NULL)
ORDER BY l.date, l.number, lc.grade, lc.name, l.id;
-- '2026-11-14', '2026-11-27'
