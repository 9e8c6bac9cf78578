-- marks and period grades, term 1
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1))),
scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
    FROM cls k CROSS JOIN student s ON s.class_id = k.id CROSS JOIN mark m ON m.student_id = s.id
    CROSS JOIN lesson l ON l.id = m.lesson_id
    WHERE +l.date BETWEEN ?2 AND ?3 AND +l.date BETWEEN (CASE k.scheme WHEN ?4 THEN ?5 END) AND (CASE k.scheme WHEN ?6 THEN ?7 END)
    GROUP BY m.student_id, l.subject),
need AS MATERIALIZED (SELECT s.id AS student, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class, k.grade AS class_grade,
      s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
      CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
      (CASE k.scheme WHEN ?8 THEN ?9 END) AS weeks, (CASE k.scheme WHEN ?10 THEN ?11 END) AS ended,
      coalesce(sc.marks, 0) AS marks, sc.average AS average
    FROM student s JOIN cls k ON k.id = s.class_id
    JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR tl.group_id IN
        (SELECT gm.group_id FROM group_member gm WHERE gm.student_id = s.id))
    LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject)
SELECT name, class, (SELECT name FROM subject WHERE code = subject) AS subject, marks, round(average, 2),
       (SELECT g.value FROM period_grade g WHERE g.student_id = need.student AND g.subject = need.subject
 AND g.year = (SELECT year FROM school) AND g.period = ?12) AS period_grade
FROM need ORDER BY class_grade, class, last_name, first_name, student, (SELECT rowid FROM subject WHERE code = subject);
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', 'quarter', 7, 'quarter', 1, '1'
-- attendance, term 1
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1)))
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name,
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code IN ('absent', 'sick', 'excused') AND +l.date BETWEEN ?2 AND ?3 AND +l.date BETWEEN (CASE k.scheme WHEN ?4 THEN ?5 END) AND (CASE k.scheme WHEN ?6 THEN ?7 END)),
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code = 'sick' AND +l.date BETWEEN ?8 AND ?9 AND +l.date BETWEEN (CASE k.scheme WHEN ?10 THEN ?11 END) AND (CASE k.scheme WHEN ?12 THEN ?13 END)),
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code = 'excused' AND +l.date BETWEEN ?14 AND ?15 AND +l.date BETWEEN (CASE k.scheme WHEN ?16 THEN ?17 END) AND (CASE k.scheme WHEN ?18 THEN ?19 END)),
  (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code = 'late' AND +l.date BETWEEN ?20 AND ?21 AND +l.date BETWEEN (CASE k.scheme WHEN ?22 THEN ?23 END) AND (CASE k.scheme WHEN ?24 THEN ?25 END))
FROM student s JOIN cls k ON k.id = s.class_id
ORDER BY k.grade, k.name, s.last_name, s.first_name, s.id;
-- 2, '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25', '2026-09-01', '2026-10-25', 'quarter', '2026-09-01', 'quarter', '2026-10-25'
