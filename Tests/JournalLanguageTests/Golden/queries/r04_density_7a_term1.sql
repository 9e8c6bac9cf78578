-- check density, term 1 (R22, R23)
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1))),
pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k CROSS JOIN student s ON s.class_id = k.id),
scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
    FROM (SELECT lc2.id FROM class lc2 WHERE lc2.id IN (?2)) lk
    CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4
    CROSS JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject),
need AS (SELECT s.id AS student, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class, k.grade AS class_grade,
      s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
      CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
      (CASE k.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) AS weeks, (CASE k.scheme WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AS ended,
      coalesce(sc.marks, 0) AS marks, sc.average AS average
    FROM student s JOIN cls k ON k.id = s.class_id
    JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR EXISTS
        (SELECT 1 FROM group_member gm WHERE gm.group_id = tl.group_id AND gm.student_id = s.id
         AND gm.until IS NULL))
    LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject)
SELECT name, class, (SELECT name FROM subject WHERE code = subject) AS subject, hours, marks, required,
       required - marks AS missing
FROM (SELECT need.*, CASE WHEN ended THEN final ELSE min(final, max(0, weeks - 2) * max(1, (CAST(hours AS INTEGER) + 1) / 2)) END AS required FROM need)
WHERE marks < required
ORDER BY class_grade, class, last_name, first_name, student, (SELECT rowid FROM subject WHERE code = subject);
-- 2, 2, '2026-09-01', '2026-10-25', 'quarter', 7, 'quarter', 7, 'quarter', 1, 'quarter', 1
