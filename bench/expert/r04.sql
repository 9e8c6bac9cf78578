-- The class report (R9, R13, R14) of {A} for its period 1. First the summary sheet: per student
-- (numbered in the journal's order) one column per subject of the class's load, in the school's
-- order of subjects, holding the period grade or, where there is none, the average of the marks:
-- its columns are {A}'s subjects, repeated by the template ({EACH_A_SUBJECT:…}). The period's
-- marks of the class are grouped once by student and subject; the period's grades are read once.
WITH k AS (
    SELECT c.id, c.name, c.year, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
st AS (
    SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name,
           row_number() OVER (ORDER BY s.last_name, s.first_name, s.id) AS no
    FROM k JOIN student s ON s.class_id = k.id
),
got AS (
    SELECT m.student_id, l.subject, avg(m.value) AS average
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject
),
cell AS (
    SELECT st.id, t.subject, coalesce(g.value, round(got.average, 2)) AS v
    FROM k
    JOIN st
    JOIN teaching_load t ON t.class_id = k.id
    LEFT JOIN group_member gm ON gm.group_id = t.group_id AND gm.student_id = st.id
    LEFT JOIN got ON got.student_id = st.id AND got.subject = t.subject
    LEFT JOIN period_grade g ON g.student_id = st.id AND g.subject = t.subject AND g.year = k.year AND g.period = '1'
    WHERE t.group_id IS NULL OR gm.student_id IS NOT NULL
)
SELECT st.no, st.name, {EACH_A_SUBJECT:max(CASE WHEN cell.subject = '$S' THEN cell.v END)}
FROM st JOIN cell ON cell.id = st.id
GROUP BY st.id;
-- Under the students, per subject the measures of regulation.md over the class's grades of the
-- period (2–5 and н/а): quality, pass rate and СОУ in percent, then how many of each grade.
WITH k AS (
    SELECT c.id, c.year FROM class c WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
g AS (
    SELECT g.subject, g.value
    FROM k JOIN student s ON s.class_id = k.id
    JOIN period_grade g ON g.student_id = s.id AND g.year = k.year AND g.period = '1'
    WHERE g.value IN ('2', '3', '4', '5', 'н/а')
),
per AS (
    SELECT t.subject, count(g.value) AS n, coalesce(sum(g.value = '5'), 0) AS n5, coalesce(sum(g.value = '4'), 0) AS n4,
           coalesce(sum(g.value = '3'), 0) AS n3, coalesce(sum(g.value = '2'), 0) AS n2,
           coalesce(sum(g.value = 'н/а'), 0) AS nna
    FROM (SELECT DISTINCT t.subject FROM k JOIN teaching_load t ON t.class_id = k.id) t
    LEFT JOIN g ON g.subject = t.subject
    GROUP BY t.subject
),
measure AS (
    SELECT 1 AS ord, 'quality, % (4 and 5)' AS label, subject, round(100.0 * (n5 + n4) / n, 1) AS x FROM per
    UNION ALL SELECT 2, 'pass rate, %', subject, round(100.0 * (n5 + n4 + n3) / n, 1) FROM per
    UNION ALL SELECT 3, 'SOU, %', subject, round((100.0 * n5 + 64 * n4 + 36 * n3 + 16 * n2 + 7 * nna) / n, 1) FROM per
    UNION ALL SELECT 4, 'grades 5', subject, n5 FROM per
    UNION ALL SELECT 5, 'grades 4', subject, n4 FROM per
    UNION ALL SELECT 6, 'grades 3', subject, n3 FROM per
    UNION ALL SELECT 7, 'grades 2', subject, n2 FROM per
    UNION ALL SELECT 8, 'not attested (н/а)', subject, nna FROM per
)
SELECT NULL, label, {EACH_A_SUBJECT:max(CASE WHEN subject = '$S' THEN x END)}
FROM measure GROUP BY ord, label;
-- The class's results: each student with a grade counts by their lowest one (н/а lowest): all 5,
-- 4 and 5, a 3, a 2 or н/а; quality and pass rate over them, СОУ over every grade.
WITH k AS (
    SELECT c.id, c.name, c.year FROM class c WHERE c.name = '{A}' AND c.year = (SELECT year FROM school)
),
g AS (
    SELECT g.student_id, g.value
    FROM k JOIN student s ON s.class_id = k.id
    JOIN period_grade g ON g.student_id = s.id AND g.year = k.year AND g.period = '1'
    WHERE g.value IN ('2', '3', '4', '5', 'н/а')
),
low AS (
    SELECT student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END) AS low
    FROM g GROUP BY student_id
)
SELECT k.name, (SELECT count(*) FROM student s WHERE s.class_id = k.id),
       coalesce(sum(low = 5), 0), coalesce(sum(low = 4), 0), coalesce(sum(low = 3), 0), coalesce(sum(low <= 2), 0),
       round(100.0 * sum(low >= 4) / count(low), 1), round(100.0 * sum(low >= 3) / count(low), 1),
       (SELECT round(sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)
                     * 1.0 / count(*), 1) FROM g)
FROM k LEFT JOIN low ON 1
GROUP BY k.id;
-- Then the long tables: per student and subject of their load the count and average of their
-- marks and the period grade; per student the absences (of them sick, excused) and lates. The
-- period's lessons of the class are read once for marks and once for attendance.
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
