WITH f1 AS MATERIALIZED (SELECT coalesce(l.substitute, l.teacher) AS k1, count(*) AS n FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.scheme WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE lk.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) CROSS JOIN mark m ON m.lesson_id = l.id JOIN class lc ON lc.id = l.class_id WHERE (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) GROUP BY coalesce(l.substitute, l.teacher)),
f2 AS MATERIALIZED (SELECT coalesce(l.substitute, l.teacher) AS k1, count(*) AS n FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.scheme WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AND (CASE lk.scheme WHEN ?13 THEN ?14 WHEN ?15 THEN ?16 END) CROSS JOIN mark m ON m.lesson_id = l.id GROUP BY coalesce(l.substitute, l.teacher))
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS "name", coalesce(f1.n, 0) AS "count(marks(term 1) where late)", coalesce(f2.n, 0) AS "count(marks(term 1))"
FROM staff t LEFT JOIN f1 ON f1.k1 = t.id LEFT JOIN f2 ON f2.k1 = t.id
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'))
ORDER BY t.last_name, t.first_name, t.middle_name, t.id;
-- 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
