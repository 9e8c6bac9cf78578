SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
    WHERE m.student_id = s.id AND l.subject = 'alg' AND l.date BETWEEN '2026-09-01' AND '2026-12-28') AS n
FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '10А' AND n < 8;
