SELECT sub.code AS "code", sub.name AS "name", (SELECT n.name FROM subject n WHERE n.code = sub.parent) AS "parent"
FROM subject sub
WHERE (((sub.name = ?1) OR (sub.name = ?2)) OR (sub.code = ?3))
ORDER BY sub.rowid;
-- 'Русский язык', 'Литература', 'alg'
