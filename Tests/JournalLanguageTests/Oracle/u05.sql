-- Parents of 7А students: their log-ins in quarter 1 (7А's term 1) and the average of their 7А
-- children's own averages of quarter 1 marks.
SELECT p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, ''),
    (SELECT count(*) FROM visit v WHERE v.user_id = p.id AND v.at >= '2026-09-01' AND v.at < '2026-10-26'),
    round((SELECT avg(child_average) FROM (
        SELECT (SELECT avg(m.value) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE m.student_id = s.id AND l.date BETWEEN '2026-09-01' AND '2026-10-25') AS child_average
        FROM parent_child pc JOIN student s ON s.id = pc.student_id JOIN class c ON c.id = s.class_id
        WHERE pc.parent_id = p.id AND c.name = '7А')), 2)
FROM parent p
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc JOIN student s ON s.id = pc.student_id
               JOIN class c ON c.id = s.class_id WHERE c.name = '7А');
