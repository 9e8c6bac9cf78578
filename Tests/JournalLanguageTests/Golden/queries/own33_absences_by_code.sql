SELECT a.code AS "code", count(*) AS "count"
FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE a.code IN ('absent', 'sick', 'excused')
  AND l.date BETWEEN ?1 AND ?2 AND l.date BETWEEN (CASE lc.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE lc.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)
GROUP BY a.code
ORDER BY a.code;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
