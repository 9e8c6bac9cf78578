WITH f1 AS MATERIALIZED (SELECT coalesce(l.substitute, l.teacher) AS k1, total(m.value) / count(*) AS av, total(m.value) AS tt, count(*) AS n FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?1 AND ?2 CROSS JOIN mark m ON m.lesson_id = l.id WHERE lk.id IN (?3) AND (l.class_id IN (?4)) GROUP BY coalesce(l.substitute, l.teacher))
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", round(f1.av, 2) AS "marks(term 1)", round((SELECT round((total(f1.tt) / NULLIF(total(f1.n), 0)), 2) FROM staff t LEFT JOIN f1 ON f1.k1 = t.id WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher')) AND t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE tl.class_id IN (?5))), 2) AS "all(marks(term 1))"
FROM staff t LEFT JOIN f1 ON f1.k1 = t.id
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
  AND t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE tl.class_id IN (?6))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- '2026-09-01', '2026-10-25', 2, 2, 2, 2
