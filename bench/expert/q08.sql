-- Control works of every class's period 1 entered more than 3 whole days after the lesson.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name, sb.name, l.date, m.entered_at
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN mark m ON m.lesson_id = l.id
JOIN student s ON s.id = m.student_id
JOIN subject sb ON sb.code = l.subject
WHERE m.kind = 'control' AND julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) > 3;
