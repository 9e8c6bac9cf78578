-- Students born in December, with their class.
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), c.name, s.birth_date
FROM student s
JOIN class c ON c.id = s.class_id
WHERE c.year = (SELECT year FROM school) AND strftime('%m', s.birth_date) = '12';
