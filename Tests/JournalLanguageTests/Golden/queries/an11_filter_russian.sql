WITH f1 AS MATERIALIZED (SELECT coalesce(l.substitute, l.teacher) AS k1, count(*) AS n FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?1 AND ?2 CROSS JOIN mark m ON m.lesson_id = l.id JOIN class lc ON lc.id = l.class_id WHERE lk.id IN (?3) AND (l.class_id IN (?4)) AND (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) GROUP BY coalesce(l.substitute, l.teacher)),
f2 AS MATERIALIZED (SELECT coalesce(l.substitute, l.teacher) AS k1, avg(m.value) AS av FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?5 AND ?6 CROSS JOIN mark m ON m.lesson_id = l.id JOIN class lc ON lc.id = l.class_id WHERE lk.id IN (?7) AND (l.class_id IN (?8)) AND (m.kind = ?9) GROUP BY coalesce(l.substitute, l.teacher))
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "фио", coalesce(f1.n, 0) AS "количество(отметки(период 1) где поздно)", round(f2.av, 2) AS "среднее(отметки(период 1) где вид = контрольная)"
FROM staff t LEFT JOIN f1 ON f1.k1 = t.id LEFT JOIN f2 ON f2.k1 = t.id
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
  AND t.id IN (SELECT tl.teacher FROM teaching_load tl WHERE tl.class_id IN (?10))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- '2026-09-01', '2026-10-25', 2, 2, '2026-09-01', '2026-10-25', 2, 2, 'control', 2
