SELECT s.id, s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name FROM student s JOIN class c ON c.id = s.class_id
WHERE c.name = '7Б' AND EXISTS (SELECT 1 FROM period_grade g WHERE g.student_id = s.id
    AND g.subject IN ('alg', 'geom') AND g.period = '1' AND g.value = '2');
