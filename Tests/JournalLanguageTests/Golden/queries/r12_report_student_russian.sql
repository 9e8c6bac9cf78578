-- Баранов Ярослав Николаевич, 7А: marks and period grades, quarter 1 (2026-09-01 to 2026-10-25), as of 2026-11-27
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1))),
pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k CROSS JOIN student s ON s.class_id = k.id AND s.id = ?2),
scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
    FROM (SELECT k.id FROM cls k UNION SELECT e.class_id FROM pupil p CROSS JOIN enrolment e ON e.student_id = p.id) lk
    CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?4 AND ?5
    CROSS JOIN mark m ON m.lesson_id = l.id WHERE m.student_id = ?6
    GROUP BY m.student_id, l.subject),
need AS (SELECT s.id AS student, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class, k.grade AS class_grade,
      s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
      CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
      (CASE k.scheme WHEN ?7 THEN ?8 END) AS weeks, (CASE k.scheme WHEN ?9 THEN ?10 END) AS ended,
      coalesce(sc.marks, 0) AS marks, sc.average AS average
    FROM student s JOIN cls k ON k.id = s.class_id
    JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR EXISTS
        (SELECT 1 FROM group_member gm WHERE gm.group_id = tl.group_id AND gm.student_id = s.id
         AND gm.until IS NULL))
    LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject
    WHERE s.id = ?3)
SELECT (SELECT name FROM subject WHERE code = subject) AS subject, (SELECT group_concat(v, ', ') FROM (SELECT m.value AS v FROM mark m
   JOIN lesson l ON l.id = m.lesson_id
   WHERE m.student_id = need.student AND l.subject = need.subject AND +l.date BETWEEN ?11 AND ?12
   ORDER BY l.date, l.number, m.id)),
       round(average, 2), (SELECT g.value FROM period_grade g WHERE g.student_id = need.student AND g.subject = need.subject
 AND g.year = (SELECT year FROM school) AND g.period = ?13), CASE WHEN average IS NULL THEN NULL WHEN average >= 4.5 THEN 5 WHEN average >= 3.5 THEN 4
            WHEN average >= 2.5 THEN 3 ELSE 2 END,
       max(0, final - marks), (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
   WHERE a.student_id = need.student AND l.subject = need.subject
   AND a.code IN ('absent', 'sick', 'excused') AND +l.date BETWEEN ?14 AND ?15)
FROM need ORDER BY (SELECT rowid FROM subject WHERE code = subject);
-- 2, 'S0055', 'S0055', '2026-09-01', '2026-10-25', 'S0055', 'quarter', 7, 'quarter', 1, '2026-09-01', '2026-10-25', '1', '2026-09-01', '2026-10-25'
-- Баранов Ярослав Николаевич, 7А: attendance, quarter 1 (2026-09-01 to 2026-10-25), as of 2026-11-27
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?2)))
SELECT (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code IN ('absent', 'sick', 'excused') AND +l.date BETWEEN ?3 AND ?4), (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code IN ('sick') AND +l.date BETWEEN ?5 AND ?6), (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code IN ('excused') AND +l.date BETWEEN ?7 AND ?8),
       (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
   AND a.code IN ('late') AND +l.date BETWEEN ?9 AND ?10)
FROM student s JOIN cls k ON k.id = s.class_id WHERE s.id = ?1;
-- 'S0055', 2, '2026-09-01', '2026-10-25', '2026-09-01', '2026-10-25', '2026-09-01', '2026-10-25', '2026-09-01', '2026-10-25'
