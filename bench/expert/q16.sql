-- Students of {C5} with no {LANG} mark in the class's period 2: the students who got one are
-- found once from the period's {LANG} lessons, and the class's students anti-joined to them.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 2
    WHERE c.name = '{C5}' AND c.year = (SELECT year FROM school)
),
marked AS (
    SELECT DISTINCT m.student_id
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    WHERE l.subject IN (SELECT code FROM subject WHERE code = '{LANG}' OR parent = '{LANG}')
)
SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class
FROM k
JOIN student s ON s.class_id = k.id
WHERE s.id NOT IN (SELECT student_id FROM marked);
