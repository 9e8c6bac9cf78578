-- {A}'s lessons of its period 1 with no homework, through the (class, date) index.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
)
SELECT l.date, sb.name, t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '')
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN subject sb ON sb.code = l.subject
JOIN staff t ON t.id = l.teacher
WHERE l.homework IS NULL OR l.homework = '';
