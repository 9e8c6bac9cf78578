-- Each teacher's weekly hours: this year's load summed once per teacher, left-joined to the
-- teachers (0 for one with no load).
WITH h AS (
    SELECT tl.teacher, sum(tl.hours_per_week) AS hours
    FROM class k
    CROSS JOIN teaching_load tl ON tl.class_id = k.id
    WHERE k.year = (SELECT year FROM school)
    GROUP BY tl.teacher
)
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, ''), coalesce(h.hours, 0)
FROM staff t
LEFT JOIN h ON h.teacher = t.id
WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = t.id AND r.role IN ('teacher', 'class_teacher'));
