WITH md1 AS MATERIALIZED (SELECT k1, avg(v) AS md FROM (SELECT k1, v, row_number() OVER (PARTITION BY k1 ORDER BY v) AS r, count(*) OVER (PARTITION BY k1) AS n FROM (SELECT l.subject AS k1, (CASE WHEN (m.kind = ?1) THEN m.value END) AS v FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id WHERE (l.class_id IN (?2)) AND l.date BETWEEN ?3 AND ?4) WHERE v IS NOT NULL) WHERE r IN ((n + 1) / 2, (n + 2) / 2) GROUP BY k1),
g AS MATERIALIZED (SELECT l.subject AS k, round(avg(m.value), 2) AS c2, round(avg((CASE WHEN (m.kind = ?5) THEN m.value END)), 2) AS c3, count((CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1 END)) AS c4, round((100.0 * avg(CASE WHEN (m.kind = ?6) THEN (CASE WHEN (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END)) THEN 1.0 ELSE 0.0 END) END)), 1) AS c5, round(max(md1.md), 2) AS c6 FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id LEFT JOIN md1 ON md1.k1 IS l.subject WHERE (l.class_id IN (?7)) AND l.date BETWEEN ?8 AND ?9 GROUP BY l.subject),
mb AS (SELECT DISTINCT tl.subject AS k FROM teaching_load tl JOIN class kc ON kc.id = tl.class_id WHERE kc.year = (SELECT year FROM school) AND tl.subject IS NOT NULL AND (tl.class_id IN (?10)) UNION SELECT g.k FROM g)
SELECT nj1.name AS "subject", g.c2 AS "avg(value)", g.c3 AS "avg(value where kind = control)", coalesce(g.c4, 0) AS "count(where late)", g.c5 AS "share(late where kind = control)", g.c6 AS "median(value where kind = control)"
FROM mb LEFT JOIN g ON g.k IS mb.k LEFT JOIN subject nj1 ON nj1.code = mb.k
ORDER BY nj1.name, mb.k;
-- 'control', 2, '2026-09-01', '2026-10-25', 'control', 'control', 2, '2026-09-01', '2026-10-25', 2
