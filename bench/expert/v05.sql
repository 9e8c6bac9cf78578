-- Students whose average in their class's period 2 is more than half a mark below their average
-- in period 1: each class's two spans, the lessons of both once, marks grouped by student and
-- period (a class whose period 2 has not begun has no period-2 average, so none of its students).
WITH k AS (
    SELECT c.id, c.name, p.number, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number IN (1, 2)
    WHERE c.year = (SELECT year FROM school) AND p.start <= '{TODAY}'
),
a AS (
    SELECT m.student_id, k.name AS class,
           avg(CASE WHEN k.number = 1 THEN m.value END) AS first,
           avg(CASE WHEN k.number = 2 THEN m.value END) AS second
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN student s ON s.id = m.student_id AND s.class_id = k.id
    GROUP BY m.student_id
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), a.class,
       round(a.first, 2), round(a.second, 2)
FROM a
JOIN student s ON s.id = a.student_id
WHERE a.second < a.first - 0.5;
