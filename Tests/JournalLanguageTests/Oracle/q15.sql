SELECT x.mark_id, s.last_name || ' ' || s.first_name || ' ' || s.middle_name, sub.name, x.old_value, x.new_value,
       d.last_name || ' ' || d.first_name || ' ' || d.middle_name, x.at
FROM mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id
JOIN student s ON s.id = m.student_id JOIN subject sub ON sub.code = l.subject
LEFT JOIN staff d ON d.id = x.approved_by;
