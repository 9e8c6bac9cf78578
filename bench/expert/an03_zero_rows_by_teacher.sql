-- Every teacher of {A}'s teaching load, and any other who taught {A} a lesson with marks yesterday:
-- the marks of {A}'s lessons of the day before {TODAY}, counted once per teacher by class and date,
-- left-joined to the teachers (0 for one with none).
WITH k AS (SELECT c.id FROM class c WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)),
n AS (
    SELECT l.teacher, count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date = date('{TODAY}', '-1 day')
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY l.teacher
),
t AS (
    SELECT tl.teacher FROM k JOIN teaching_load tl ON tl.class_id = k.id WHERE tl.teacher IS NOT NULL
    UNION SELECT n.teacher FROM n
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), coalesce(n.n, 0)
FROM t
JOIN staff s ON s.id = t.teacher
LEFT JOIN n ON n.teacher = t.teacher;
