WITH f1 AS MATERIALIZED (SELECT fm.owner AS k1, count(DISTINCT s2.id) AS n FROM (SELECT fs.code AS member, fs.code AS owner FROM subject fs UNION ALL SELECT fs.code, fs.parent FROM subject fs WHERE fs.parent IS NOT NULL) fm JOIN teaching_load tl ON tl.subject = fm.member JOIN student s2 ON s2.class_id = tl.class_id WHERE (s2.id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1))) GROUP BY fm.owner),
f2 AS MATERIALIZED (SELECT fm.owner AS k1, sum(g.n) AS n FROM (SELECT l.subject AS sj, count(*) AS n FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?2 AND ?3 WHERE lk.id IN (?4) AND (l.class_id IN (?5)) GROUP BY l.subject) g CROSS JOIN (SELECT fs.code AS member, fs.code AS owner FROM subject fs UNION ALL SELECT fs.code, fs.parent FROM subject fs WHERE fs.parent IS NOT NULL) fm ON fm.member = g.sj GROUP BY fm.owner)
SELECT sub.code AS "code", coalesce(f1.n, 0) AS "count(students)", coalesce(f2.n, 0) AS "count(lessons(term 1))"
FROM subject sub LEFT JOIN f1 ON f1.k1 = sub.code LEFT JOIN f2 ON f2.k1 = sub.code
WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl WHERE tl.class_id IN (?6))
ORDER BY sub.rowid;
-- 4, '2026-09-01', '2026-11-27', 4, 4, 4
