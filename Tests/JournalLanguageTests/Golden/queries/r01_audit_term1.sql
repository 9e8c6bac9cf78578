-- audit, term 1
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school)),
span_lessons AS MATERIALIZED (SELECT l.id, l.class_id, coalesce(l.substitute, l.teacher) AS taught_by,
    coalesce(l.topic, '') <> '' AS topic, coalesce(l.homework, '') <> '' AS homework
  FROM cls k CROSS JOIN lesson l ON l.class_id = k.id WHERE l.date BETWEEN ?1 AND ?2 AND l.date BETWEEN (CASE k.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE k.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)),
span_marks AS MATERIALIZED (SELECT sl.class_id, m.student_id, m.entered_by
  FROM span_lessons sl CROSS JOIN mark m ON m.lesson_id = sl.id),
own_marks AS MATERIALIZED (SELECT student_id, class_id, count(*) AS n FROM span_marks
  GROUP BY student_id, class_id),
st AS MATERIALIZED (SELECT s.id, s.class_id,
    CASE WHEN EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = s.id AND e.class_id <> s.class_id
      AND EXISTS (SELECT 1 FROM lesson l2 WHERE l2.class_id = e.class_id AND l2.date BETWEEN ?11 AND ?12))
    THEN (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
          WHERE m.student_id = s.id AND +l.date BETWEEN ?13 AND ?14 AND +l.date BETWEEN (CASE k.scheme WHEN ?15 THEN ?16 WHEN ?17 THEN ?18 END) AND (CASE k.scheme WHEN ?19 THEN ?20 WHEN ?21 THEN ?22 END))
    ELSE coalesce((SELECT om.n FROM own_marks om WHERE om.student_id = s.id AND om.class_id = s.class_id), 0)
    END AS marks,
    EXISTS (SELECT 1 FROM visit v WHERE v.user_id = s.id AND v.at >= (CASE k.scheme WHEN ?23 THEN ?24 WHEN ?25 THEN ?26 END) AND v.at < (CASE k.scheme WHEN ?27 THEN ?28 WHEN ?29 THEN ?30 END)) AS visited
  FROM student s JOIN cls k ON k.id = s.class_id),
pa AS MATERIALIZED (SELECT DISTINCT pc.parent_id, s.class_id,
    EXISTS (SELECT 1 FROM visit v WHERE v.user_id = pc.parent_id AND v.at >= (CASE k.scheme WHEN ?31 THEN ?32 WHEN ?33 THEN ?34 END) AND v.at < (CASE k.scheme WHEN ?35 THEN ?36 WHEN ?37 THEN ?38 END)) AS visited
  FROM parent_child pc JOIN student s ON s.id = pc.student_id JOIN cls k ON k.id = s.class_id),
active AS MATERIALIZED (SELECT class_id, taught_by AS teacher FROM span_lessons WHERE topic OR homework
  UNION SELECT class_id, entered_by FROM span_marks),
te AS MATERIALIZED (SELECT DISTINCT tl.class_id, tl.teacher,
    EXISTS (SELECT 1 FROM active a WHERE a.class_id = tl.class_id AND a.teacher = tl.teacher) AS active
  FROM teaching_load tl JOIN cls k ON k.id = tl.class_id),
te_of AS (SELECT class_id, count(*) AS teachers, sum(CASE WHEN active THEN 1 ELSE 0 END) AS active
  FROM te GROUP BY class_id),
st_of AS (SELECT class_id, round(100.0 * sum(marks = 0) / count(*), 1) AS no_marks,
    round(100.0 * sum(marks = 1) / count(*), 1) AS one_mark,
    round(100.0 * sum(visited) / count(*), 1) AS visited
  FROM st GROUP BY class_id),
ls_of AS (SELECT class_id, round(100.0 * sum(homework) / count(*), 1) AS homework,
    round(100.0 * sum(topic) / count(*), 1) AS topics
  FROM span_lessons GROUP BY class_id),
pa_of AS (SELECT class_id, round(100.0 * sum(visited) / count(*), 1) AS visited FROM pa GROUP BY class_id)
SELECT class, teachers, active_teachers, no_marks_pct, one_mark_pct, homework_pct, topics_pct,
       parents_pct, students_pct FROM (
  SELECT 0 AS part, k.grade AS grade, k.name AS class,
    coalesce(t.teachers, 0) AS teachers, coalesce(t.active, 0) AS active_teachers,
    st_of.no_marks AS no_marks_pct, st_of.one_mark AS one_mark_pct,
    ls_of.homework AS homework_pct, ls_of.topics AS topics_pct,
    pa_of.visited AS parents_pct, st_of.visited AS students_pct
  FROM cls k LEFT JOIN te_of t ON t.class_id = k.id LEFT JOIN st_of ON st_of.class_id = k.id
    LEFT JOIN ls_of ON ls_of.class_id = k.id LEFT JOIN pa_of ON pa_of.class_id = k.id
  UNION ALL
  SELECT 1, NULL, 'all',
    (SELECT count(DISTINCT teacher) FROM te),
    (SELECT count(DISTINCT teacher) FROM te WHERE active),
    round((SELECT 100.0 * sum(marks = 0) / count(*) FROM st), 1),
    round((SELECT 100.0 * sum(marks = 1) / count(*) FROM st), 1),
    round((SELECT 100.0 * sum(homework) / count(*) FROM span_lessons), 1),
    round((SELECT 100.0 * sum(topic) / count(*) FROM span_lessons), 1),
    round((SELECT 100.0 * sum(visited) / count(*) FROM (SELECT parent_id, max(visited) AS visited
                                                         FROM pa GROUP BY parent_id)), 1),
    round((SELECT 100.0 * sum(visited) / count(*) FROM st), 1))
ORDER BY part, grade, class;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', '2026-09-01', '2026-11-27', '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-28', 'quarter', '2026-10-26', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-28', 'quarter', '2026-10-26'
