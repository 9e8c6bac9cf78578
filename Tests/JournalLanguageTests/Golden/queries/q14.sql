WITH f1 AS MATERIALIZED (SELECT coalesce(l.substitute, l.teacher) AS k1, count(*) AS n, 100.0 * sum((coalesce(l.topic, '') <> '')) / count(*) AS tp, 100.0 * sum((coalesce(l.homework, '') <> '')) / count(*) AS hw FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.scheme WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE lk.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) GROUP BY coalesce(l.substitute, l.teacher))
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", coalesce(f1.n, 0) AS "count(lessons(term 1))", round(f1.tp, 1) AS "topics(term 1)", round(f1.hw, 1) AS "homework(term 1)"
FROM staff t LEFT JOIN f1 ON f1.k1 = t.id
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
