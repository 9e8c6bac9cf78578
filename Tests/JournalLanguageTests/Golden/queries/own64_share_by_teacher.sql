WITH g AS MATERIALIZED (SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = l.teacher) AS k, round((100.0 * avg(CASE WHEN (CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN 7
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN 7
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN 7
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN 3
    ELSE 0
END)) THEN 1.0 ELSE 0.0 END)), 1) AS c2, count(*) AS c3 FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE l.date BETWEEN ?1 AND ?2 AND l.date BETWEEN (CASE lc.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE lc.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END) GROUP BY l.teacher),
mb AS (SELECT DISTINCT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = tl.teacher) AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.teacher IS NOT NULL UNION SELECT g.k FROM g)
SELECT mb.k AS "teacher", g.c2 AS "share(late)", coalesce(g.c3, 0) AS "count()"
FROM mb LEFT JOIN g ON g.k IS mb.k
ORDER BY mb.k;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
