-- Every mark correction with its mark's student and subject and who approved it.
SELECT x.mark_id AS mark, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS student,
       sb.name AS subject, x.old_value, x.new_value,
       a.last_name || ' ' || a.first_name || coalesce(' ' || a.middle_name, '') AS approved_by, x.at
FROM mark_correction x
JOIN mark m ON m.id = x.mark_id
JOIN lesson l ON l.id = m.lesson_id
JOIN student s ON s.id = m.student_id
JOIN subject sb ON sb.code = l.subject
LEFT JOIN staff a ON a.id = x.approved_by;
