SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') AS "name", p.phone AS "phone", p.email AS "email"
FROM parent p
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc WHERE (pc.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1))))
  AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.user_id = p.id AND v.at >= ?2 AND v.at < ?3)
ORDER BY p.last_name, p.first_name, p.middle_name, p.id;
-- 3, '2026-11-14', '2026-11-28'
