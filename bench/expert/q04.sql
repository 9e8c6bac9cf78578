-- ordered
-- The five students with most absences (absent, sick, excused) in their class's period 1: the
-- school's period-1 lessons class by class, their absences once, grouped by student. Ties go
-- in the students' own order: by class, then name.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
),
n AS (
    SELECT a.student_id, l.class_id, count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN attendance a ON a.lesson_id = l.id
    WHERE a.code IN ('absent', 'sick', 'excused')
    GROUP BY a.student_id
)
SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name
FROM n
JOIN student s ON s.id = n.student_id AND s.class_id = n.class_id
JOIN k ON k.id = s.class_id
WHERE n.n > 10
ORDER BY n.n DESC, k.id, s.last_name, s.first_name, s.middle_name, s.id
LIMIT 5;
