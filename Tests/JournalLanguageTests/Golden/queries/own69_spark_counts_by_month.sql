WITH f1 AS MATERIALIZED (SELECT k1, group_concat(b || '=' || coalesce(sn, ''), ' ') AS sn FROM (SELECT coalesce(l.substitute, l.teacher) AS k1, substr(l.date, 1, 7) AS b, count(*) AS sn FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?1 AND ?2 CROSS JOIN mark m ON m.lesson_id = l.id WHERE lk.id IN (?3) AND (l.class_id IN (?4)) GROUP BY coalesce(l.substitute, l.teacher), substr(l.date, 1, 7) ORDER BY coalesce(l.substitute, l.teacher), substr(l.date, 1, 7)) GROUP BY k1),
f2 AS MATERIALIZED (SELECT k1, group_concat(b || '=' || coalesce(stp, ''), ' ') AS stp FROM (SELECT coalesce(l.substitute, l.teacher) AS k1, substr(l.date, 1, 7) AS b, round(100.0 * sum((coalesce(l.topic, '') <> '')) / count(*), 1) AS stp FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?5 AND ?6 WHERE lk.id IN (?7) AND (l.class_id IN (?8)) GROUP BY coalesce(l.substitute, l.teacher), substr(l.date, 1, 7) ORDER BY coalesce(l.substitute, l.teacher), substr(l.date, 1, 7)) GROUP BY k1)
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", f1.sn AS "spark(count(marks(term 1)) by month)", f2.stp AS "spark(topics(term 1) by month)"
FROM staff t LEFT JOIN f1 ON f1.k1 = t.id LEFT JOIN f2 ON f2.k1 = t.id
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
  AND t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE tl.class_id IN (?9))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- '2026-09-01', '2026-10-25', 2, 2, '2026-09-01', '2026-10-25', 2, 2, 2
