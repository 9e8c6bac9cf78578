SELECT m.kind AS "kind", count(*) AS "count"
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE l.date BETWEEN ?1 AND ?2 AND l.date BETWEEN (CASE lc.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE lc.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)
  AND (substr(m.entered_at, 1, 10) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN date(l.date, '+7 days')
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN date(l.date, '+7 days')
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN date(l.date, '+3 days')
    ELSE l.date
END))
GROUP BY m.kind
ORDER BY count(*) DESC NULLS LAST, m.kind;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
