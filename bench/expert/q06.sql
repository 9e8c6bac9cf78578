-- Parents of {B}'s students (each once) with no log-in in the 14 days ending today: the
-- class's parents, then an anti-join on the visits index (user, time).
WITH p AS (
    SELECT DISTINCT pc.parent_id
    FROM class c
    JOIN student s ON s.class_id = c.id
    JOIN parent_child pc ON pc.student_id = s.id
    WHERE c.name = '{B}' AND c.year = (SELECT year FROM school)
)
SELECT pa.last_name || ' ' || pa.first_name || coalesce(' ' || pa.middle_name, ''), pa.phone, pa.email
FROM p
JOIN parent pa ON pa.id = p.parent_id
WHERE NOT EXISTS (
    SELECT 1 FROM visit v
    WHERE v.user_id = p.parent_id AND v.at >= date('{TODAY}', '-13 days') AND v.at < date('{TODAY}', '+1 day')
);
