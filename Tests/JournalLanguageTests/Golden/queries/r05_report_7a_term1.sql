-- marks and period grades, term 1
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?))),
scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
    FROM cls k CROSS JOIN student s ON s.class_id = k.id CROSS JOIN mark m ON m.student_id = s.id
    CROSS JOIN lesson l ON l.id = m.lesson_id
    WHERE +l.date BETWEEN ? AND ? AND +l.date BETWEEN (CASE k.scheme WHEN ? THEN ? END) AND (CASE k.scheme WHEN ? THEN ? END)
    GROUP BY m.student_id, l.subject),
need AS MATERIALIZED (SELECT s.id AS student, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class, k.grade AS class_grade,
      s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
      CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
      (CASE k.scheme WHEN ? THEN ? END) AS weeks, (CASE k.scheme WHEN ? THEN ? END) AS ended,
      coalesce(sc.marks, 0) AS marks, sc.average AS average
    FROM student s JOIN cls k ON k.id = s.class_id
    JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR tl.group_id IN
        (SELECT gm.group_id FROM group_member gm WHERE gm.student_id = s.id))
    LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject)
SELECT name, class, (SELECT name FROM subject WHERE code = subject) AS subject, marks, round(average, 2),
       (SELECT g.value FROM period_grade g WHERE g.student_id = need.student AND g.subject = need.subject
 AND g.year = (SELECT year FROM school) AND g.period = ?) AS period_grade
FROM need ORDER BY class_grade, class, last_name, first_name, student, (SELECT rowid FROM subject WHERE code = subject);
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', 7, 'quarter', 1, '1'
-- attendance, term 1
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name,
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code IN ('absent', 'sick', 'excused') AND +l.date BETWEEN ? AND ? AND +l.date BETWEEN (CASE k.scheme WHEN ? THEN ? END) AND (CASE k.scheme WHEN ? THEN ? END)),
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code = 'sick' AND +l.date BETWEEN ? AND ? AND +l.date BETWEEN (CASE k.scheme WHEN ? THEN ? END) AND (CASE k.scheme WHEN ? THEN ? END)),
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code = 'excused' AND +l.date BETWEEN ? AND ? AND +l.date BETWEEN (CASE k.scheme WHEN ? THEN ? END) AND (CASE k.scheme WHEN ? THEN ? END)),
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code = 'late' AND +l.date BETWEEN ? AND ? AND +l.date BETWEEN (CASE k.scheme WHEN ? THEN ? END) AND (CASE k.scheme WHEN ? THEN ? END))
FROM student s JOIN cls k ON k.id = s.class_id
ORDER BY k.grade, k.name, s.last_name, s.first_name, s.id;
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25'
