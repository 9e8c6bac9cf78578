-- Each 7А student's average mark week by week (weeks from Monday) in quarter 1, the class's term 1.
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''),
       group_concat(w.week || '=' || w.average, ' ')
FROM (
    SELECT m.student_id AS student, date(l.date, '-6 days', 'weekday 1') AS week,
           round(avg(m.value), 2) AS average
    FROM class c
    JOIN lesson l ON l.class_id = c.id AND l.date BETWEEN '2026-09-01' AND '2026-10-25'
    JOIN mark m ON m.lesson_id = l.id
    WHERE c.name = '7А'
    GROUP BY m.student_id, week
    ORDER BY m.student_id, week
) w
JOIN student s ON s.id = w.student
GROUP BY s.id
