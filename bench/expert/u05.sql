-- Parents of {A}'s students: their log-ins in {A}'s period 1 (stopped at today), and the average
-- of their {A} children's own averages of that period's marks. The children's marks come from
-- their class's lessons of the period (lesson_by_class_date), each child averaged once.
WITH k AS (
    SELECT c.id, sp.start AS a, min(sp."end", '{TODAY}') AS b
    FROM class c
    JOIN study_period sp ON sp.year = c.year AND sp.scheme = c.scheme AND sp.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
kids AS (SELECT s.id FROM k CROSS JOIN student s ON s.class_id = k.id),
marks AS (
    SELECT m.student_id, avg(m.value) AS av
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.a AND k.b
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id
),
fam AS (
    SELECT pc.parent_id, avg(marks.av) AS av
    FROM kids
    JOIN parent_child pc ON pc.student_id = kids.id
    LEFT JOIN marks ON marks.student_id = kids.id
    GROUP BY pc.parent_id
),
vis AS (
    SELECT v.user_id, count(*) AS n
    FROM k, fam
    JOIN visit v ON v.user_id = fam.parent_id
    WHERE v.at >= k.a AND v.at < date(k.b, '+1 day')
    GROUP BY v.user_id
)
SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, ''), coalesce(vis.n, 0), round(fam.av, 2)
FROM fam
JOIN parent p ON p.id = fam.parent_id
LEFT JOIN vis ON vis.user_id = p.id;
