-- forecast, term 2 (2026-11-05 to 2026-12-28), preliminary, as of 2026-11-27 (R28)
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
SELECT need.name, class, sb.name AS subject, marks, round(average, 2),
       CASE WHEN average IS NULL THEN NULL WHEN average >= 4.5 THEN 5 WHEN average >= 3.5 THEN 4
            WHEN average >= 2.5 THEN 3 ELSE 2 END,
       final, max(0, final - marks)
FROM need LEFT JOIN subject sb ON sb.code = need.subject
ORDER BY class_grade, class, last_name, first_name, student, sb.rowid;
-- 2, 2, '2026-11-05', '2026-11-27', 'quarter', 3, 'quarter', 3, 'quarter', 0, 'quarter', 0
