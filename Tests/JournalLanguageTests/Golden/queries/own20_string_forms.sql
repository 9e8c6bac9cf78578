SELECT sub.code AS "code", sub.name AS "name", nj1.name AS "parent"
FROM subject sub LEFT JOIN subject nj1 ON nj1.code = sub.parent
WHERE (((sub.name = ?1) OR (sub.name = ?2)) OR (sub.code = ?3))
ORDER BY sub.rowid;
-- 'Русский язык', 'Литература', 'alg'
