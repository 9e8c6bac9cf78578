SELECT s.id, s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name FROM student s JOIN class c ON c.id = s.class_id
WHERE c.name = '5А' AND NOT EXISTS (SELECT 1 FROM mark m JOIN lesson l ON l.id = m.lesson_id
    WHERE m.student_id = s.id AND l.subject = 'eng' AND l.date BETWEEN '2026-11-05' AND '2026-11-27');
