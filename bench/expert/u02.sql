-- R26: {A}'s planned topics of its own period 1 (stopped at today) that no lesson of the class,
-- subject and group has as its topic; the lessons found through lesson_by_class_date.
WITH k AS (
    SELECT c.id, sp.start AS a, min(sp."end", '{TODAY}') AS b
    FROM class c
    JOIN study_period sp ON sp.year = c.year AND sp.scheme = c.scheme AND sp.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
)
SELECT p.planned_date, sub.name, p.topic
FROM k
CROSS JOIN plan_topic p ON p.class_id = k.id AND p.planned_date BETWEEN k.a AND k.b
JOIN subject sub ON sub.code = p.subject
WHERE NOT EXISTS (
    SELECT 1 FROM lesson l
    WHERE l.class_id = p.class_id AND l.subject = p.subject AND l.group_id IS p.group_id AND l.topic = p.topic);
