SELECT p.last_name || ' ' || p.first_name || ' ' || p.middle_name, p.phone, p.email FROM parent p
WHERE p.id IN (SELECT pc.parent_id FROM parent_child pc JOIN student s ON s.id = pc.student_id
               JOIN class c ON c.id = s.class_id WHERE c.name = '7Б')
  AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.user_id = p.id
                  AND date(v.at) BETWEEN '2026-11-14' AND '2026-11-27');
