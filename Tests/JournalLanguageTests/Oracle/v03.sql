-- Every class's marks of its own period 1 by the lesson's teacher: the percentage entered later
-- than R21 allows (written works 3 days; essays, expositions, control works in mathematics in
-- grades 10-11 and written works in a foreign language 7 days; other kinds the same day) and
-- how many. Lessons in the span first, marks once, one group per teacher, left-joined to the load's
-- teachers.
WITH k AS (
    SELECT c.id, c.grade, p.start, min(p."end", '2026-11-27') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
),
maths AS (SELECT code FROM subject WHERE code = 'math' OR parent = 'math'),
languages AS (SELECT code FROM subject WHERE is_foreign_language = 1),
g AS (
    SELECT l.teacher,
           sum(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) > CASE
               WHEN m.kind NOT IN ('control', 'test', 'dictation', 'independent', 'essay', 'exposition') THEN 0
               WHEN m.kind IN ('essay', 'exposition') THEN 7
               WHEN l.subject IN (SELECT code FROM languages) THEN 7
               WHEN m.kind = 'control' AND k.grade >= 10 AND l.subject IN (SELECT code FROM maths) THEN 7
               ELSE 3
           END) AS late,
           count(*) AS n
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
    JOIN mark m ON m.lesson_id = l.id
    JOIN student s ON s.id = m.student_id AND s.class_id = k.id
    GROUP BY l.teacher
),
-- Every teacher of the year's load is listed, as `by teacher` lists a listed dimension's members:
-- 0 marks and no share for one whose lessons have none.
t AS (
    SELECT tl.teacher AS id FROM teaching_load tl JOIN class c ON c.id = tl.class_id
    WHERE c.year = (SELECT year FROM school)
    UNION
    SELECT teacher FROM g
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), round(100.0 * g.late / g.n, 1),
       coalesce(g.n, 0)
FROM t
JOIN staff s ON s.id = t.id
LEFT JOIN g ON g.teacher = t.id;
