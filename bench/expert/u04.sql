-- Each {A} student's parents, counted once per student and left-joined (0 for none).
WITH s AS (
    SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name
    FROM class c
    CROSS JOIN student s ON s.class_id = c.id
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
n AS (SELECT pc.student_id, count(*) AS n FROM s JOIN parent_child pc ON pc.student_id = s.id GROUP BY pc.student_id)
SELECT s.name, coalesce(n.n, 0)
FROM s
LEFT JOIN n ON n.student_id = s.id;
