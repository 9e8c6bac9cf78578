-- Every class's marks of its own period 1 by the lesson's day of the week (1 Monday … 7 Sunday):
-- the classes with their bounds, their lessons in the span, their current students' marks once.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '2026-11-27') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
)
SELECT (CAST(strftime('%w', l.date) AS INTEGER) + 6) % 7 + 1 AS weekday, round(avg(m.value), 2)
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN mark m ON m.lesson_id = l.id
JOIN student s ON s.id = m.student_id AND s.class_id = k.id
GROUP BY weekday;
