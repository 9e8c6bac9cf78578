WITH g AS MATERIALIZED (SELECT l.subject AS k, coalesce(sum((substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END))), 0) AS c2, round((100.0 * avg(CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1.0 ELSE 0.0 END)), 1) AS c3, count(*) AS c4 FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE (l.class_id IN (?1)) AND l.date BETWEEN ?2 AND ?3 GROUP BY l.subject),
mb AS (SELECT DISTINCT tl.subject AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.subject IS NOT NULL AND (tl.class_id IN (?4)) UNION SELECT g.k FROM g)
SELECT nj1.name AS "subject", coalesce(g.c2, 0) AS "sum(late)", g.c3 AS "share(late)", coalesce(g.c4, 0) AS "count()"
FROM mb LEFT JOIN g ON g.k IS mb.k LEFT JOIN subject nj1 ON nj1.code = mb.k
ORDER BY nj1.name, mb.k;
-- 2, '2026-09-01', '2026-10-25', 2
