-- Students of {A} short of the marks R22 and R23 require by today in the class's period 1, per
-- subject of their load (the class's, and their groups'). R22's minimum: 5 marks at 2+ lessons a
-- week, else 3, once the period has ended; before that R23's progression: after w whole weeks of
-- the period (today included), (w - 2) marks a subject of 1-2 lessons a week, (w - 2) * ceil(h / 2)
-- one of h lessons, never more than the minimum. The period's lessons of the class and their marks
-- are read once, grouped by student and subject, and joined to the students' load.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop, '{TODAY}' > p."end" AS ended,
           CAST((julianday(min(p."end", '{TODAY}')) - julianday(p.start) + 1) / 7 AS INTEGER) AS weeks
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
studied AS (
    SELECT s.id AS student_id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name,
           t.subject, t.hours_per_week AS hours, CASE WHEN t.hours_per_week >= 2 THEN 5 ELSE 3 END AS minimum,
           CASE WHEN t.hours_per_week <= 2 THEN 1 ELSE CAST((t.hours_per_week + 1) / 2 AS INTEGER) END AS per_week
    FROM k
    JOIN student s ON s.class_id = k.id
    JOIN teaching_load t ON t.class_id = k.id
    LEFT JOIN group_member g ON g.group_id = t.group_id AND g.student_id = s.id
    WHERE t.group_id IS NULL OR g.student_id IS NOT NULL
),
required AS (
    SELECT studied.*, CASE WHEN k.ended THEN minimum ELSE min(minimum, max(0, k.weeks - 2) * per_week) END AS required
    FROM studied, k
),
got AS (
    SELECT m.student_id, l.subject, count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject
)
SELECT r.name AS student, k.name AS class, sb.name AS subject, r.hours, coalesce(got.n, 0) AS marks, r.required,
       r.required - coalesce(got.n, 0) AS missing
FROM required r
JOIN k
JOIN subject sb ON sb.code = r.subject
LEFT JOIN got ON got.student_id = r.student_id AND got.subject = r.subject
WHERE coalesce(got.n, 0) < r.required;
