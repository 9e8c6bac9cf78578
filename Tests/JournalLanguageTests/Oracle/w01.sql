-- Each class's enrolments (the class history of every student who was ever in it), counted per
-- class: a student moved from 7А to 7Б is counted in both.
SELECT c.name, count(*)
FROM enrolment e JOIN class c ON c.id = e.class_id
GROUP BY c.id, c.name;
