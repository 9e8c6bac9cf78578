-- The marks of 7А's current students on 7А's lessons of the class's period 1, week by week
-- (a week named by its Monday): the class and its bounds first, its lessons in the span, their
-- marks once, one group per week.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '2026-11-27') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '7А' AND c.year = (SELECT year FROM school)
)
SELECT date(l.date, '-6 days', 'weekday 1') AS week, round(avg(m.value), 2), count(*)
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN mark m ON m.lesson_id = l.id
JOIN student s ON s.id = m.student_id AND s.class_id = k.id
GROUP BY week;
