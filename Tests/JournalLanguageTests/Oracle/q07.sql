SELECT l.date, sub.name, t.last_name || ' ' || t.first_name || ' ' || t.middle_name
FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject sub ON sub.code = l.subject
JOIN staff t ON t.id = l.teacher
WHERE c.name = '7А' AND l.date BETWEEN '2026-09-01' AND '2026-10-25'
  AND (l.homework IS NULL OR l.homework = '');
