SELECT pd.scheme AS "scheme", pd.number AS "number", pd.start AS "start", pd."end" AS "end", (SELECT group_concat(pk.name, ', ') FROM (SELECT k2.name FROM class k2 WHERE k2.year = pd.year AND k2.scheme = pd.scheme ORDER BY k2.grade, k2.name) pk) AS "classes"
FROM study_period pd
WHERE pd.year = (SELECT year FROM school)
  AND pd.scheme IN (SELECT ps.scheme FROM class ps WHERE ps.id IN (?1))
ORDER BY pd.scheme, pd.number;
-- 4
