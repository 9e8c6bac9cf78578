SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, round(x.average, 2) FROM student s JOIN class c ON c.id = s.class_id
JOIN (SELECT m.student_id AS id, avg(m.value) AS average FROM mark m JOIN lesson l ON l.id = m.lesson_id
      WHERE l.date BETWEEN '2026-09-01' AND '2026-10-25' GROUP BY m.student_id) x ON x.id = s.id
WHERE c.grade = 7 AND x.average >= 4.5;
