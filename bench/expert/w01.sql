-- The enrolments grouped once by class id (the `enrolment_by_class` index), then named.
SELECT c.name, e.n
FROM (SELECT class_id, count(*) AS n FROM enrolment GROUP BY class_id) e
JOIN class c ON c.id = e.class_id;
