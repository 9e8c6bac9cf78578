-- The likely grade is the average rounded half up; the regulation's minimum is 5 marks at 2+ lessons a week, else 3.
SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, sub.name, count(m.id),
       round(avg(m.value), 2),
       CASE WHEN count(m.id) = 0 THEN NULL ELSE CAST(avg(m.value) + 0.5 AS INTEGER) END,
       CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END,
       max(0, CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END - count(m.id))
FROM student s JOIN class c ON c.id = s.class_id
JOIN teaching_load tl ON tl.class_id = c.id
    AND (tl.group_id IS NULL OR tl.group_id IN (SELECT group_id FROM group_member WHERE student_id = s.id))
JOIN subject sub ON sub.code = tl.subject
LEFT JOIN (mark m JOIN lesson l ON l.id = m.lesson_id AND l.date BETWEEN '2026-11-05' AND '2026-11-27')
    ON m.student_id = s.id AND l.subject = tl.subject
WHERE c.name = '7А'
GROUP BY s.id, tl.rowid;
