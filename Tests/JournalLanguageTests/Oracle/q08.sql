SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, sub.name, l.date, m.entered_at
FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
JOIN student s ON s.id = m.student_id JOIN subject sub ON sub.code = l.subject
WHERE m.kind = 'control'
  AND l.date BETWEEN '2026-09-01' AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END
  AND julianday(date(m.entered_at)) - julianday(l.date) > 3;
