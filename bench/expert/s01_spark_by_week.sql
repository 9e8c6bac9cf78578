-- Each {A} student's average mark week by week (a week from its Monday) in the class's period 1:
-- the class and its period bounds first, the span's lessons of the class, their marks once,
-- grouped by student and week in week order, then the weeks strung into one text per student.
WITH k AS (
    SELECT c.id, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
w AS (
    SELECT m.student_id AS student, date(l.date, '-6 days', 'weekday 1') AS week,
           round(avg(m.value), 2) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN student s ON s.id = m.student_id AND s.class_id = k.id
    GROUP BY m.student_id, week
    ORDER BY m.student_id, week
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''),
       group_concat(w.week || '=' || w.average, ' ')
FROM w
JOIN student s ON s.id = w.student
GROUP BY s.id;
