-- Every group of this year's classes with its members, counted once per group.
WITH n AS (
    SELECT gm.group_id, count(*) AS n
    FROM group_member gm
    JOIN student s ON s.id = gm.student_id
    GROUP BY gm.group_id
)
SELECT g.name, k.name, sub.name, coalesce(n.n, 0)
FROM class k
CROSS JOIN class_group g ON g.class_id = k.id
JOIN subject sub ON sub.code = g.subject
LEFT JOIN n ON n.group_id = g.id
WHERE k.year = (SELECT year FROM school);
