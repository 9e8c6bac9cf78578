-- The deputy's audit (R30) of every class's period 1, per class and for the school. Definitions
-- (the report's, as the Oracle states them): a class's teachers are its teaching load's; one is
-- active who taught (as substitute, or as teacher with no substitute) a lesson of the class in the
-- span with a topic or homework, or entered a mark on one. Then: students with no / one mark in
-- the span, the span's lessons with homework / topic; parents (each once, for the school) and students who
-- logged in during the span. The span's lessons are read once, their marks once; everything else
-- is grouped from those two materialised sets, and log-ins are index probes per person.
WITH k AS (
    SELECT c.id, c.name, p.start, min(p."end", '{TODAY}') AS stop, date(min(p."end", '{TODAY}'), '+1 day') AS after
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
),
span_lessons AS MATERIALIZED (
    SELECT l.id, l.class_id, coalesce(l.substitute, l.teacher) AS taught_by,
           coalesce(l.topic, '') <> '' AS topic, coalesce(l.homework, '') <> '' AS homework
    FROM k
    CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
),
span_marks AS MATERIALIZED (
    SELECT sl.class_id, m.student_id, m.entered_by FROM span_lessons sl JOIN mark m ON m.lesson_id = sl.id
),
marks_of AS (SELECT student_id, count(*) AS n FROM span_marks GROUP BY student_id),
pupils AS MATERIALIZED (
    SELECT s.id, s.class_id, coalesce(marks_of.n, 0) AS n,
           EXISTS (SELECT 1 FROM visit v WHERE v.user_id = s.id AND v.at >= k.start AND v.at < k.after) AS came
    FROM k
    JOIN student s ON s.class_id = k.id
    LEFT JOIN marks_of ON marks_of.student_id = s.id
),
parents AS MATERIALIZED (
    SELECT DISTINCT pc.parent_id, s.class_id,
           EXISTS (SELECT 1 FROM visit v WHERE v.user_id = pc.parent_id AND v.at >= k.start AND v.at < k.after) AS came
    FROM k
    JOIN student s ON s.class_id = k.id
    JOIN parent_child pc ON pc.student_id = s.id
),
active AS (
    SELECT class_id, taught_by AS teacher FROM span_lessons WHERE topic OR homework
    UNION
    SELECT class_id, entered_by FROM span_marks
),
teachers AS MATERIALIZED (
    SELECT t.class_id, t.teacher, a.teacher IS NOT NULL AS active
    FROM (SELECT DISTINCT class_id, teacher FROM teaching_load WHERE class_id IN (SELECT id FROM k)) t
    LEFT JOIN active a ON a.class_id = t.class_id AND a.teacher = t.teacher
),
t_stats AS (SELECT class_id, count(*) AS n, sum(active) AS active FROM teachers GROUP BY class_id),
p_stats AS (
    SELECT class_id, count(*) AS n, sum(n = 0) AS none, sum(n = 1) AS one, sum(came) AS came
    FROM pupils GROUP BY class_id
),
l_stats AS (SELECT class_id, count(*) AS n, sum(homework) AS homework, sum(topic) AS topic FROM span_lessons GROUP BY class_id),
par_stats AS (SELECT class_id, count(*) AS n, sum(came) AS came FROM parents GROUP BY class_id)
SELECT k.name AS class, coalesce(t.n, 0) AS teachers, coalesce(t.active, 0) AS active_teachers,
       round(100.0 * p.none / p.n, 1) AS no_marks, round(100.0 * p.one / p.n, 1) AS one_mark,
       round(100.0 * l.homework / l.n, 1) AS homework, round(100.0 * l.topic / l.n, 1) AS topics,
       round(100.0 * par.came / par.n, 1) AS parents, round(100.0 * p.came / p.n, 1) AS students
FROM k
LEFT JOIN t_stats t ON t.class_id = k.id
LEFT JOIN p_stats p ON p.class_id = k.id
LEFT JOIN l_stats l ON l.class_id = k.id
LEFT JOIN par_stats par ON par.class_id = k.id
UNION ALL
SELECT 'all',
       (SELECT count(DISTINCT teacher) FROM teachers),
       (SELECT count(DISTINCT teacher) FROM teachers WHERE active),
       (SELECT round(100.0 * sum(n = 0) / count(*), 1) FROM pupils),
       (SELECT round(100.0 * sum(n = 1) / count(*), 1) FROM pupils),
       (SELECT round(100.0 * sum(homework) / count(*), 1) FROM span_lessons),
       (SELECT round(100.0 * sum(topic) / count(*), 1) FROM span_lessons),
       (SELECT round(100.0 * sum(came) / count(*), 1) FROM (SELECT max(came) AS came FROM parents GROUP BY parent_id)),
       (SELECT round(100.0 * sum(came) / count(*), 1) FROM pupils);
