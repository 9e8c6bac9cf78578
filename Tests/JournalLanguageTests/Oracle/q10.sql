WITH lowest AS (
    SELECT s.class_id, g.student_id,
           min(CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END) AS low
    FROM period_grade g JOIN student s ON s.id = g.student_id
    WHERE g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а') GROUP BY g.student_id),
weights AS (
    SELECT s.class_id, avg(CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36
                           WHEN '2' THEN 16 ELSE 7 END) AS sou
    FROM period_grade g JOIN student s ON s.id = g.student_id
    WHERE g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а') GROUP BY s.class_id)
SELECT c.name,
    (SELECT count(*) FROM student s WHERE s.class_id = c.id),
    round((SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
           JOIN student s ON s.id = m.student_id WHERE s.class_id = c.id
           AND l.date BETWEEN '2026-09-01'
               AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END), 2),
    round((SELECT 100.0 * sum(low >= 4) / count(*) FROM lowest WHERE lowest.class_id = c.id), 1),
    round((SELECT 100.0 * sum(low >= 3) / count(*) FROM lowest WHERE lowest.class_id = c.id), 1),
    round((SELECT sou FROM weights WHERE weights.class_id = c.id), 1)
FROM class c;
