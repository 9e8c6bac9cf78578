SELECT s.id, s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name FROM student s JOIN class c ON c.id = s.class_id
WHERE c.name = '7А' AND (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
    WHERE m.student_id = s.id AND l.subject = 'alg' AND l.date BETWEEN '2026-09-01' AND '2026-10-25') < 3;
