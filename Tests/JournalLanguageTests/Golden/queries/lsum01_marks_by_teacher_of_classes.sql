WITH g AS MATERIALIZED (SELECT l.teacher AS k, sum(l.n) AS c2, round((100.0 * (1.0 * sum(l.late) / sum(l.n))), 1) AS c3 FROM (SELECT ms.teacher AS teacher, ms.n AS n, ms.late AS late FROM class lk CROSS JOIN mark_teacher_week ms ON ms.class_id = lk.id AND ms.week BETWEEN ?1 AND ?2 WHERE ms.class_id IN (?7, ?8) UNION ALL SELECT l.teacher AS teacher, 1 AS n, (CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1 ELSE 0 END) AS late FROM class lc CROSS JOIN lesson l ON l.class_id = lc.id AND l.date BETWEEN ?3 AND ?4 CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?9, ?10) UNION ALL SELECT l.teacher AS teacher, 1 AS n, (CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1 ELSE 0 END) AS late FROM class lc CROSS JOIN lesson l ON l.class_id = lc.id AND l.date BETWEEN ?5 AND ?6 CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?9, ?10)) l GROUP BY l.teacher),
mb AS (SELECT DISTINCT tl.teacher AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.teacher IS NOT NULL AND (tl.class_id IN (?11, ?12)) UNION SELECT g.k FROM g)
SELECT nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "teacher", coalesce(g.c2, 0) AS "count()", g.c3 AS "share(late)"
FROM mb LEFT JOIN g ON g.k IS mb.k LEFT JOIN staff nj1 ON nj1.id = mb.k
ORDER BY nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, ''), mb.k;
-- '2026-09-07', '2026-10-19', '2026-09-01', '2026-09-06', '2026-10-26', '2026-10-25', 1, 2, 1, 2, 1, 2
