SELECT bk.at AS "at", bk.path AS "path", bk.verified AS "verified", bk.problem AS "problem"
FROM backup_record bk
ORDER BY bk.at, bk.id;
-- 
