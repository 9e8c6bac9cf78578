-- Each student of {A}: the middle of their own marks of {A}'s period 1 (stopped at today) and their
-- sample standard deviation (n - 1; empty for fewer than two marks). The class's lessons of the
-- period are read once by class and date, their marks ranked per student in one pass.
WITH k AS (
    SELECT c.id, sp.start AS a, min(sp."end", '{TODAY}') AS b
    FROM class c
    JOIN study_period sp ON sp.year = c.year AND sp.scheme = c.scheme AND sp.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
v AS (
    SELECT m.student_id AS sid, m.value AS x
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.a AND k.b
    JOIN mark m ON m.lesson_id = l.id
),
ranked AS (
    SELECT sid, x, row_number() OVER (PARTITION BY sid ORDER BY x) AS i, count(*) OVER (PARTITION BY sid) AS n
    FROM v
),
med AS (SELECT sid, avg(x) AS md FROM ranked WHERE i IN ((n + 1) / 2, (n + 2) / 2) GROUP BY sid),
sd AS (
    SELECT sid, sqrt(max(0.0, (sum(x * x * 1.0) - sum(x) * sum(x) * 1.0 / count(*)) / nullif(count(*) - 1, 0))) AS sd
    FROM v GROUP BY sid
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), round(med.md, 2), round(sd.sd, 2)
FROM k
JOIN student s ON s.class_id = k.id
LEFT JOIN med ON med.sid = s.id
LEFT JOIN sd ON sd.sid = s.id;
