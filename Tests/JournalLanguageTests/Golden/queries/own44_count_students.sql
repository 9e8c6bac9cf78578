SELECT sub.code AS "code", (SELECT count(*) FROM student s2 WHERE s2.class_id IN (SELECT tl.class_id FROM teaching_load tl WHERE tl.subject IN (SELECT cs.code FROM subject cs WHERE cs.code = sub.code OR cs.parent = sub.code)) AND (s2.id IN (SELECT sc.id FROM student sc WHERE sc.class_id IN (?1)))) AS "count(students)", (SELECT count(*) FROM lesson l WHERE l.subject IN (SELECT cs.code FROM subject cs WHERE cs.code = sub.code OR cs.parent = sub.code) AND (l.class_id IN (?2)) AND l.date BETWEEN ?3 AND ?4 AND l.date BETWEEN (CASE (SELECT ls.scheme FROM class ls WHERE ls.id = l.class_id) WHEN ?5 THEN ?6 END) AND (CASE (SELECT ls.scheme FROM class ls WHERE ls.id = l.class_id) WHEN ?7 THEN ?8 END)) AS "count(lessons(term 1))"
FROM subject sub
WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl WHERE tl.class_id IN (?9))
ORDER BY sub.rowid;
-- 4, 4, '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'half', '2026-11-27', 4
