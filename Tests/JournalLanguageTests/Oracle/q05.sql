SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name,
    (SELECT group_concat(value, ' ') FROM (SELECT m.value FROM mark m JOIN lesson l ON l.id = m.lesson_id
        WHERE m.student_id = s.id AND l.date = '2026-11-27' ORDER BY l.number)),
    (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
        WHERE a.student_id = s.id AND l.date = '2026-11-27' AND a.code IN ('absent', 'sick', 'excused'))
FROM student s JOIN class c ON c.id = s.class_id WHERE s.risk_group IS NOT NULL;
