SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, sub.name, count(m.id), round(avg(m.value), 2),
       (SELECT g.value FROM period_grade g WHERE g.student_id = s.id AND g.subject = tl.subject AND g.period = '1')
FROM student s JOIN class c ON c.id = s.class_id
JOIN teaching_load tl ON tl.class_id = c.id
    AND (tl.group_id IS NULL OR tl.group_id IN (SELECT group_id FROM group_member WHERE student_id = s.id))
JOIN subject sub ON sub.code = tl.subject
LEFT JOIN (mark m JOIN lesson l ON l.id = m.lesson_id AND l.date BETWEEN '2026-09-01' AND '2026-10-25')
    ON m.student_id = s.id AND l.subject = tl.subject
WHERE c.name = '7А'
GROUP BY s.id, tl.rowid;
SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name,
       count(CASE WHEN a.code IN ('absent', 'sick', 'excused') THEN 1 END),
       count(CASE WHEN a.code = 'sick' THEN 1 END), count(CASE WHEN a.code = 'excused' THEN 1 END),
       count(CASE WHEN a.code = 'late' THEN 1 END)
FROM student s JOIN class c ON c.id = s.class_id
LEFT JOIN (attendance a JOIN lesson l ON l.id = a.lesson_id AND l.date BETWEEN '2026-09-01' AND '2026-10-25')
    ON a.student_id = s.id
WHERE c.name = '7А'
GROUP BY s.id;
