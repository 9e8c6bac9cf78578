-- The marks of {A}'s lessons in its period 1 (stopped at today), per subject: the middle mark (the
-- mean of the two middle ones of an even count) by ranking each subject's marks once, and the
-- sample standard deviation (n - 1) from the sums of the marks and of their squares.
WITH k AS (
    SELECT c.id, sp.start AS a, min(sp."end", '{TODAY}') AS b
    FROM class c
    JOIN study_period sp ON sp.year = c.year AND sp.scheme = c.scheme AND sp.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
v AS (
    SELECT l.subject, m.value AS x
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.a AND k.b
    JOIN mark m ON m.lesson_id = l.id
),
ranked AS (
    SELECT subject, x, row_number() OVER (PARTITION BY subject ORDER BY x) AS i,
        count(*) OVER (PARTITION BY subject) AS n
    FROM v
),
med AS (SELECT subject, avg(x) AS md FROM ranked WHERE i IN ((n + 1) / 2, (n + 2) / 2) GROUP BY subject),
sd AS (
    SELECT subject, sqrt(max(0.0, (sum(x * x * 1.0) - sum(x) * sum(x) * 1.0 / count(*)) / (count(*) - 1))) AS sd
    FROM v GROUP BY subject
)
SELECT sub.name, round(med.md, 2), round(sd.sd, 2)
FROM med
JOIN sd ON sd.subject = med.subject
JOIN subject sub ON sub.code = med.subject;
