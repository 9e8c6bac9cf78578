SELECT sub.code AS "code", sub.name AS "name", (SELECT n.name FROM subject n WHERE n.code = sub.parent) AS "parent"
FROM subject sub
WHERE (((sub.name = ?) OR (sub.name = ?)) OR (sub.code = ?))
ORDER BY sub.rowid;
-- 'Русский язык', 'Литература', 'alg'
