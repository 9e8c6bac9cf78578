-- The forecast (R28) of {A} for its period 2 so far: per student and subject of their load, the
-- marks, their average, the likely grade (the average rounded half up), R22's minimum (5 marks at
-- 2+ lessons a week, else 3) and the marks still needed to reach it. The period's lessons of the
-- class and their marks are read once, grouped by student and subject, joined to the load.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 2
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
got AS (
    SELECT m.student_id, l.subject, count(*) AS n, avg(m.value) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS student, k.name AS class,
       sb.name AS subject, coalesce(got.n, 0) AS marks, round(got.average, 2) AS average,
       CAST(got.average + 0.5 AS INTEGER) AS forecast,
       CASE WHEN t.hours_per_week >= 2 THEN 5 ELSE 3 END AS required,
       max(0, CASE WHEN t.hours_per_week >= 2 THEN 5 ELSE 3 END - coalesce(got.n, 0)) AS still_needed
FROM k
JOIN student s ON s.class_id = k.id
JOIN teaching_load t ON t.class_id = k.id
LEFT JOIN group_member gm ON gm.group_id = t.group_id AND gm.student_id = s.id
JOIN subject sb ON sb.code = t.subject
LEFT JOIN got ON got.student_id = s.id AND got.subject = t.subject
WHERE t.group_id IS NULL OR gm.student_id IS NOT NULL;
