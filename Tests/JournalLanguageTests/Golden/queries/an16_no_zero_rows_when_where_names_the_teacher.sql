SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.teacher) AS "teacher", count(*) AS "count()"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (l.teacher IN (?4))
GROUP BY l.teacher
ORDER BY (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.teacher), l.teacher;
-- 2, '2026-11-26', '2026-11-26', 'T009'
