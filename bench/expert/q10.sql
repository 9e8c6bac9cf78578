-- Per class: its students, the average of their marks in the class's period 1, and the period-1
-- grade measures of the regulation over all subjects. Each measure is one grouped pass joined
-- to the classes once: the period's lessons class by class and their marks; the students' period
-- grades of period 1 through the (year, period) index (rank 1 for н/а, else the mark), each student counted by their lowest for quality and
-- pass rate, every grade counted for СОУ.
WITH k AS (
    SELECT c.id, c.name, c.year, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
),
size AS (SELECT s.class_id, count(*) AS n FROM k JOIN student s ON s.class_id = k.id GROUP BY s.class_id),
marks AS (
    SELECT k.id AS class_id, avg(m.value) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN student s ON s.id = m.student_id AND s.class_id = k.id
    GROUP BY k.id
),
g AS (
    SELECT s.class_id, s.id AS student_id, CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END AS r
    FROM period_grade g
    JOIN student s ON s.id = g.student_id
    JOIN k ON k.id = s.class_id
    WHERE g.year = (SELECT year FROM school) AND g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а')
),
lowest AS (SELECT class_id, min(r) AS r FROM g GROUP BY class_id, student_id),
by_student AS (
    SELECT class_id, round(100.0 * sum(r >= 4) / count(*), 1) AS quality, round(100.0 * sum(r >= 3) / count(*), 1) AS pass_rate
    FROM lowest GROUP BY class_id
),
by_grade AS (
    SELECT class_id,
           round(sum(CASE r WHEN 5 THEN 100 WHEN 4 THEN 64 WHEN 3 THEN 36 WHEN 2 THEN 16 ELSE 7 END) * 1.0 / count(*), 1) AS sou
    FROM g GROUP BY class_id
)
SELECT k.name AS name, coalesce(size.n, 0) AS students, round(marks.average, 2) AS average,
       by_student.quality, by_student.pass_rate, by_grade.sou
FROM k
LEFT JOIN size ON size.class_id = k.id
LEFT JOIN marks ON marks.class_id = k.id
LEFT JOIN by_student ON by_student.class_id = k.id
LEFT JOIN by_grade ON by_grade.class_id = k.id;
