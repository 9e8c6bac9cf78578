-- The substitution log of the 14 days ending today, through the partial index on substitutes.
SELECT l.date, c.name AS class, sb.name AS subject,
       t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS teacher,
       u.last_name || ' ' || u.first_name || coalesce(' ' || u.middle_name, '') AS substitute
FROM lesson l
JOIN class c ON c.id = l.class_id
JOIN subject sb ON sb.code = l.subject
JOIN staff t ON t.id = l.teacher
JOIN staff u ON u.id = l.substitute
WHERE l.date BETWEEN date('{TODAY}', '-13 days') AND '{TODAY}' AND l.substitute IS NOT NULL;
