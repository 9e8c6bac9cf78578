-- Per subject of {B}'s teaching load: count and average of its marks (its courses' included) in
-- the class's period 1. The class's period-1 lessons and their marks are read once and grouped
-- by the lesson's subject; the load's subjects are mapped to the codes they include by a join on
-- the subject table (code = the load's or parent = the load's), and the groups summed per subject.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{B}' AND c.year = (SELECT year FROM school)
),
taught AS (SELECT DISTINCT t.subject FROM k JOIN teaching_load t ON t.class_id = k.id),
family AS (
    SELECT taught.subject, sb.code
    FROM taught JOIN subject sb ON sb.code = taught.subject OR sb.parent = taught.subject
),
per_code AS (
    SELECT l.subject, count(*) AS n, sum(m.value) AS total
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN student s ON s.id = m.student_id AND s.class_id = k.id
    GROUP BY l.subject
)
SELECT sb.name AS name, coalesce(sum(per_code.n), 0) AS marks, round(sum(per_code.total) * 1.0 / sum(per_code.n), 2) AS average
FROM family
JOIN subject sb ON sb.code = family.subject
LEFT JOIN per_code ON per_code.subject = family.code
GROUP BY family.subject;
