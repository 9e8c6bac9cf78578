-- Today's marks (in the order of the day's lessons) and absences of every risk-group student:
-- the few risk students first, then their own marks and absences through the student indexes,
-- kept to today's lessons.
WITH r AS (
    SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, c.name AS class
    FROM student s
    JOIN class c ON c.id = s.class_id
    WHERE s.risk_group IS NOT NULL
),
today AS (
    SELECT m.student_id, m.value
    FROM r
    JOIN mark m ON m.student_id = r.id
    JOIN lesson l ON l.id = m.lesson_id AND l.date = '{TODAY}'
    ORDER BY m.student_id, l.number, m.id
),
list AS (SELECT student_id, group_concat(value, ' ') AS marks FROM today GROUP BY student_id),
absent AS (
    SELECT a.student_id, count(*) AS n
    FROM r
    JOIN attendance a ON a.student_id = r.id
    JOIN lesson l ON l.id = a.lesson_id AND l.date = '{TODAY}'
    WHERE a.code IN ('absent', 'sick', 'excused')
    GROUP BY a.student_id
)
SELECT r.name, r.class, list.marks, coalesce(absent.n, 0)
FROM r
LEFT JOIN list ON list.student_id = r.id
LEFT JOIN absent ON absent.student_id = r.id;
