-- Each teacher's weekly hours: the sum of their rows of this year's teaching load (0 for none).
SELECT t.last_name || ' ' || t.first_name || coalesce(' ' || t.middle_name, ''),
    (SELECT coalesce(sum(tl.hours_per_week), 0) FROM teaching_load tl JOIN class k ON k.id = tl.class_id
        WHERE tl.teacher = t.id AND k.year = (SELECT year FROM school))
FROM staff t
WHERE t.id IN (SELECT r.staff_id FROM staff_role r WHERE r.role IN ('teacher', 'class_teacher'));
