-- 7А's risk-group students: how many, and the average of all their marks together in the class's
-- period 1 (a function of a row pooled over the rows, as count() with no by pools it).
WITH k AS (
    SELECT c.id, p.start, min(p."end", '2026-11-27') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '7А' AND c.year = (SELECT year FROM school)
),
r AS (SELECT s.id FROM k JOIN student s ON s.class_id = k.id WHERE s.risk_group IS NOT NULL),
a AS (
    SELECT avg(m.value) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN r ON r.id = m.student_id
)
SELECT (SELECT count(*) FROM r), round(a.average, 2)
FROM a;
