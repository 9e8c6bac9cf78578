WITH f1 AS MATERIALIZED (SELECT fm.owner AS k1, sum(g.n) AS n, CAST(sum(g.s) AS REAL) / sum(g.n) AS av FROM (SELECT l.subject AS sj, count(*) AS n, sum(m.value) AS s FROM class lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?1 AND ?2 CROSS JOIN mark m ON m.lesson_id = l.id WHERE lk.id IN (?3) AND (l.class_id IN (?4)) AND (+m.student_id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?5))) GROUP BY l.subject) g CROSS JOIN (SELECT fs.code AS member, fs.code AS owner FROM subject fs UNION ALL SELECT fs.code, fs.parent FROM subject fs WHERE fs.parent IS NOT NULL) fm ON fm.member = g.sj GROUP BY fm.owner)
SELECT sub.name AS "name", coalesce(f1.n, 0) AS "count(marks(term 1))", round(f1.av, 2) AS "avg(marks(term 1))"
FROM subject sub LEFT JOIN f1 ON f1.k1 = sub.code
WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl WHERE tl.class_id IN (?6))
ORDER BY sub.rowid;
-- '2026-09-01', '2026-10-25', 3, 3, 3, 3
