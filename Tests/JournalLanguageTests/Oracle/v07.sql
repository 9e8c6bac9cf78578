-- Each teacher of 7А's load: their average over the marks of 7А's lessons they gave (or stood in
-- for) in the class's period 1, beside the average of all those marks together (7А's from every
-- teacher of its load). The span's lessons once, their marks grouped by teacher; the whole is
-- pooled from the groups' sums and counts.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '2026-11-27') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '7А' AND c.year = (SELECT year FROM school)
),
t AS (SELECT DISTINCT tl.teacher AS id FROM k JOIN teaching_load tl ON tl.class_id = k.id),
g AS (
    SELECT coalesce(l.substitute, l.teacher) AS teacher, sum(m.value) AS total, count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY 1
),
whole AS (SELECT round(1.0 * sum(g.total) / sum(g.n), 2) AS average FROM g JOIN t ON t.id = g.teacher)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''),
       round(1.0 * g.total / g.n, 2), whole.average
FROM t
JOIN staff s ON s.id = t.id
LEFT JOIN g ON g.teacher = t.id
CROSS JOIN whole
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role IN ('teacher', 'class_teacher'));
