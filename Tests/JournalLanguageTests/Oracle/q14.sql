WITH taught AS (
    SELECT coalesce(l.substitute, l.teacher) AS who, l.topic, l.homework
    FROM lesson l JOIN class c ON c.id = l.class_id
    WHERE l.date BETWEEN '2026-09-01'
          AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END)
SELECT t.last_name || ' ' || t.first_name || ' ' || t.middle_name,
    (SELECT count(*) FROM taught WHERE who = t.id),
    round((SELECT 100.0 * sum(coalesce(topic, '') <> '') / count(*) FROM taught WHERE who = t.id), 1),
    round((SELECT 100.0 * sum(coalesce(homework, '') <> '') / count(*) FROM taught WHERE who = t.id), 1)
FROM staff t
WHERE t.id IN (SELECT staff_id FROM staff_role WHERE role IN ('teacher', 'class_teacher'));
