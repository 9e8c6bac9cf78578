-- Per teacher: the lessons they taught in their class's period 1 (as the substitute, or as the
-- teacher with no substitute: coalesce(substitute, teacher)), and the percent with a topic and
-- with homework. One pass over the school's period-1 lessons grouped by who taught them, joined
-- to the teachers once.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
),
taught AS (
    SELECT coalesce(l.substitute, l.teacher) AS who, count(*) AS n,
           sum(l.topic IS NOT NULL AND l.topic <> '') AS topics, sum(l.homework IS NOT NULL AND l.homework <> '') AS homework
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    GROUP BY who
)
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, '') AS name, coalesce(taught.n, 0) AS lessons,
       round(100.0 * taught.topics / taught.n, 1) AS topics, round(100.0 * taught.homework / taught.n, 1) AS homework
FROM staff_role r
JOIN staff t ON t.id = r.staff_id
LEFT JOIN taught ON taught.who = t.id
WHERE r.role = 'teacher';
