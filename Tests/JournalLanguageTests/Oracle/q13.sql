SELECT l.date, c.name, sub.name, t.last_name || ' ' || t.first_name || ' ' || t.middle_name,
       u.last_name || ' ' || u.first_name || ' ' || u.middle_name
FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject sub ON sub.code = l.subject
JOIN staff t ON t.id = l.teacher JOIN staff u ON u.id = l.substitute
WHERE l.date BETWEEN '2026-11-14' AND '2026-11-27';
