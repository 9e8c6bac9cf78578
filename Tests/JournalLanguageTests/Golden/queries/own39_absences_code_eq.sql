SELECT (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = a.student_id) AS "student", count(*) AS "count()"
FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN class lc ON lc.id = l.class_id
WHERE a.code IN ('absent', 'sick', 'excused')
  AND (l.class_id IN (?1))
  AND l.date BETWEEN ?2 AND ?3
  AND (a.code = ?4)
GROUP BY a.student_id
ORDER BY count(*) DESC NULLS LAST, (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM student n WHERE n.id = a.student_id), a.student_id
LIMIT ?5;
-- 2, '2026-09-01', '2026-10-25', 'sick', 5
