-- Quarter 1 has ended: every subject needs its full minimum (R22), 5 marks at 2+ lessons a week, else 3.
SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, sub.name, x.hours, x.n, x.needed,
       x.needed - x.n
FROM (SELECT s.id AS sid, tl.subject, tl.hours_per_week AS hours,
             CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS needed,
             (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
              WHERE m.student_id = s.id AND l.subject = tl.subject
              AND l.date BETWEEN '2026-09-01' AND '2026-10-25') AS n
      FROM student s JOIN teaching_load tl ON tl.class_id = s.class_id
      WHERE tl.group_id IS NULL OR EXISTS (SELECT 1 FROM group_member gm
                                           WHERE gm.group_id = tl.group_id AND gm.student_id = s.id)) x
JOIN student s ON s.id = x.sid JOIN class c ON c.id = s.class_id JOIN subject sub ON sub.code = x.subject
WHERE c.name = '7А' AND x.n < x.needed;
