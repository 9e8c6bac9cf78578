-- 7А's risk-group students: how many, and the average of their own averages in the class's
-- period 1 (a student with no mark counts, without an average).
WITH k AS (
    SELECT c.id, p.start, min(p."end", '2026-11-27') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '7А' AND c.year = (SELECT year FROM school)
),
r AS (SELECT s.id FROM k JOIN student s ON s.class_id = k.id WHERE s.risk_group IS NOT NULL),
a AS (
    SELECT m.student_id, avg(m.value) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN r ON r.id = m.student_id
    GROUP BY m.student_id
)
SELECT count(*), round(avg(a.average), 2)
FROM r
LEFT JOIN a ON a.student_id = r.id;
