-- Students of {C10} with fewer than 8 {COURSE} marks in the class's period 1 (a half for the
-- senior grades), with the count: counts grouped once, the class's students left-joined.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{C10}' AND c.year = (SELECT year FROM school)
),
n AS (
    SELECT m.student_id, count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    WHERE l.subject IN (SELECT code FROM subject WHERE code = '{COURSE}' OR parent = '{COURSE}')
    GROUP BY m.student_id
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, coalesce(n.n, 0) AS marks
FROM k
JOIN student s ON s.class_id = k.id
LEFT JOIN n ON n.student_id = s.id
WHERE coalesce(n.n, 0) < 8;
