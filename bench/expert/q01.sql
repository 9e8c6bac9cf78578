-- Students of {A} whose average mark in {FAMILY} (its courses included) in the class's period 2 is below 3.
-- The class and its period bounds first, the subject family as a list of codes, then the span's
-- lessons of the class, their marks once, grouped by student.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 2
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
fam AS (SELECT code FROM subject WHERE code = '{FAMILY}' OR parent = '{FAMILY}')
SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN fam ON fam.code = l.subject
JOIN mark m ON m.lesson_id = l.id
JOIN student s ON s.id = m.student_id AND s.class_id = k.id
GROUP BY s.id
HAVING avg(m.value) < 3;
