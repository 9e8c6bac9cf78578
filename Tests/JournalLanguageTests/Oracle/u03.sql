-- Every group of this year's classes with the number of its members.
SELECT g.name, k.name, sub.name,
    (SELECT count(*) FROM group_member gm JOIN student s ON s.id = gm.student_id WHERE gm.group_id = g.id)
FROM class_group g JOIN class k ON k.id = g.class_id JOIN subject sub ON sub.code = g.subject
WHERE k.year = (SELECT year FROM school);
