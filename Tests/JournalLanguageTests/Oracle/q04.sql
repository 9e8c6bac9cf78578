-- ordered
SELECT s.id, s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name FROM student s JOIN class c ON c.id = s.class_id
JOIN (SELECT a.student_id AS id, count(*) AS n FROM attendance a JOIN lesson l ON l.id = a.lesson_id
      JOIN class lc ON lc.id = l.class_id
      WHERE a.code <> 'late' AND l.date BETWEEN '2026-09-01'
            AND CASE lc.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END
      GROUP BY a.student_id) x ON x.id = s.id
WHERE x.n > 10 ORDER BY x.n DESC, c.grade, c.name, s.last_name, s.first_name LIMIT 5;
