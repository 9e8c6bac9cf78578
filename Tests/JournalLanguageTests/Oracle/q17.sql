SELECT CASE WHEN v.user_id IN (SELECT id FROM student) THEN 'student'
            WHEN v.user_id IN (SELECT id FROM parent) THEN 'parent' ELSE 'staff' END AS role, count(*)
FROM visit v WHERE date(v.at) BETWEEN '2026-11-16' AND '2026-11-22' GROUP BY role;
