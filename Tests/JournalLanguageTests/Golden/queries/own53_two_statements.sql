SELECT k.name AS "name"
FROM class k
WHERE k.year = (SELECT year FROM school)
  AND (k.id IN (?1))
ORDER BY k.grade, k.name;
-- 1
SELECT sub.name AS "name"
FROM subject sub
WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl WHERE tl.class_id IN (?1))
  AND (sub.code = ?2)
ORDER BY sub.rowid;
-- 1, 'math'
