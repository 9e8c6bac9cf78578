-- Students of grade {GRADE} whose average over all subjects in their class's period 1 is at least 4.5.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.grade = {GRADE} AND c.year = (SELECT year FROM school)
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name, round(avg(m.value), 2)
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN mark m ON m.lesson_id = l.id
JOIN student s ON s.id = m.student_id AND s.class_id = k.id
GROUP BY s.id
HAVING avg(m.value) >= 4.5;
