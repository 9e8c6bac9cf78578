SELECT bk.at AS "at", bk.path AS "path", bk.problem AS "problem"
FROM backup_record bk
WHERE bk.at >= ?1 AND bk.at < ?2
  AND NOT (bk.verified)
ORDER BY bk.at, bk.id;
-- '2026-09-01', '2026-11-28'
