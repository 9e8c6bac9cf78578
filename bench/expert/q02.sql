-- Students of {A} with fewer than 3 marks in {COURSE} in period 1 (none counts as 0): the
-- counts grouped once, then the class's students left-joined to them.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
fam AS (SELECT code FROM subject WHERE code = '{COURSE}' OR parent = '{COURSE}'),
n AS (
    SELECT m.student_id, count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN fam ON fam.code = l.subject
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id
)
SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name
FROM k
JOIN student s ON s.class_id = k.id
LEFT JOIN n ON n.student_id = s.id
WHERE coalesce(n.n, 0) < 3;
