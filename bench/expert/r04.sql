-- The class report (R9, R13, R14) of {A} for its period 1: per student and subject of their load,
-- the count and average of their marks and the period grade; then per student the absences
-- (of them sick, excused) and lates. The period's lessons of the class are read once for marks and
-- once for attendance, grouped by student (and subject), and joined to the students.
WITH k AS (
    SELECT c.id, c.name, c.year, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
got AS (
    SELECT m.student_id, l.subject, count(*) AS n, avg(m.value) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS student, k.name AS class,
       sb.name AS subject, coalesce(got.n, 0) AS marks, round(got.average, 2) AS average, g.value AS grade
FROM k
JOIN student s ON s.class_id = k.id
JOIN teaching_load t ON t.class_id = k.id
LEFT JOIN group_member gm ON gm.group_id = t.group_id AND gm.student_id = s.id
JOIN subject sb ON sb.code = t.subject
LEFT JOIN got ON got.student_id = s.id AND got.subject = t.subject
LEFT JOIN period_grade g ON g.student_id = s.id AND g.subject = t.subject AND g.year = k.year AND g.period = '1'
WHERE t.group_id IS NULL OR gm.student_id IS NOT NULL;
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
absent AS (
    SELECT a.student_id, sum(a.code IN ('absent', 'sick', 'excused')) AS absences, sum(a.code = 'sick') AS sick,
           sum(a.code = 'excused') AS excused, sum(a.code = 'late') AS lates
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN attendance a ON a.lesson_id = l.id
    GROUP BY a.student_id
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS student, k.name AS class,
       coalesce(absent.absences, 0) AS absences, coalesce(absent.sick, 0) AS sick,
       coalesce(absent.excused, 0) AS excused, coalesce(absent.lates, 0) AS lates
FROM k
JOIN student s ON s.class_id = k.id
LEFT JOIN absent ON absent.student_id = s.id;
