SELECT sub.name,
    (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN student s ON s.id = m.student_id
     JOIN class c ON c.id = s.class_id LEFT JOIN subject ls ON ls.code = l.subject
     WHERE c.name = '7Б' AND (l.subject = sub.code OR ls.parent = sub.code)
     AND l.date BETWEEN '2026-09-01' AND '2026-10-25'),
    round((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
     JOIN student s ON s.id = m.student_id JOIN class c ON c.id = s.class_id
     LEFT JOIN subject ls ON ls.code = l.subject
     WHERE c.name = '7Б' AND (l.subject = sub.code OR ls.parent = sub.code)
     AND l.date BETWEEN '2026-09-01' AND '2026-10-25'), 2)
FROM subject sub
WHERE sub.code IN (SELECT tl.subject FROM teaching_load tl JOIN class c ON c.id = tl.class_id WHERE c.name = '7Б');
