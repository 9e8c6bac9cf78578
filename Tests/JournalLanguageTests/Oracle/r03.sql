-- Quarter 2 began 2026-11-05: by 2026-11-27 three whole weeks have passed, so R23 asks for one mark
-- in subjects of 1-2 lessons a week, and one for every two weekly lessons above that.
SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, sub.name, x.hours, x.n, x.needed,
       x.needed - x.n
FROM (SELECT s.id AS sid, tl.subject, tl.hours_per_week AS hours,
             CASE WHEN tl.hours_per_week <= 2 THEN 1 ELSE (tl.hours_per_week + 1) / 2 END AS needed,
             (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
              WHERE m.student_id = s.id AND l.subject = tl.subject
              AND l.date BETWEEN '2026-11-05' AND '2026-11-27') AS n
      FROM student s JOIN teaching_load tl ON tl.class_id = s.class_id
      WHERE tl.group_id IS NULL OR EXISTS (SELECT 1 FROM group_member gm
                                           WHERE gm.group_id = tl.group_id AND gm.student_id = s.id)) x
JOIN student s ON s.id = x.sid JOIN class c ON c.id = s.class_id JOIN subject sub ON sub.code = x.subject
WHERE c.name = '7А' AND x.n < x.needed;
