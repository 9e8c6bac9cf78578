WITH g AS MATERIALIZED (SELECT l.teacher AS k, round((100.0 * (1.0 * sum(l.late) / sum(l.n))), 1) AS c2, sum(l.n) AS c3 FROM (SELECT ms.teacher AS teacher, ms.n AS n, ms.late AS late FROM class lk CROSS JOIN mark_teacher_week ms ON ms.class_id = lk.id AND ms.week BETWEEN (CASE lk.scheme WHEN ?1 THEN ?2 WHEN ?3 THEN ?4 END) AND (CASE lk.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) UNION ALL SELECT l.teacher AS teacher, 1 AS n, (CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1 ELSE 0 END) AS late FROM class lc CROSS JOIN lesson l ON l.class_id = lc.id AND l.date BETWEEN (CASE lc.scheme WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AND (CASE lc.scheme WHEN ?13 THEN ?14 WHEN ?15 THEN ?16 END) CROSS JOIN mark m ON m.lesson_id = l.id UNION ALL SELECT l.teacher AS teacher, 1 AS n, (CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1 ELSE 0 END) AS late FROM class lc CROSS JOIN lesson l ON l.class_id = lc.id AND l.date BETWEEN (CASE lc.scheme WHEN ?17 THEN ?18 WHEN ?19 THEN ?20 END) AND (CASE lc.scheme WHEN ?21 THEN ?22 WHEN ?23 THEN ?24 END) CROSS JOIN mark m ON m.lesson_id = l.id) l GROUP BY l.teacher),
mb AS (SELECT DISTINCT tl.teacher AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.teacher IS NOT NULL UNION SELECT g.k FROM g)
SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "teacher", g.c2 AS "share(late)", coalesce(g.c3, 0) AS "count()"
FROM mb LEFT JOIN g ON g.k IS mb.k LEFT JOIN staff nj1 ON nj1.id = mb.k
ORDER BY nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, ''), mb.k;
-- 'half', '2026-09-07', 'quarter', '2026-09-07', 'half', '2026-11-16', 'quarter', '2026-10-19', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-09-06', 'quarter', '2026-09-06', 'half', '2026-11-23', 'quarter', '2026-10-26', 'half', '2026-11-27', 'quarter', '2026-10-25'
