SELECT a.code AS "code", count(*) AS "count"
FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE a.code IN ('absent', 'sick', 'excused')
  AND l.date BETWEEN ? AND ? AND l.date BETWEEN (CASE lc.scheme WHEN ? THEN ? WHEN ? THEN ? END) AND (CASE lc.scheme WHEN ? THEN ? WHEN ? THEN ? END)
GROUP BY a.code
ORDER BY a.code;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
