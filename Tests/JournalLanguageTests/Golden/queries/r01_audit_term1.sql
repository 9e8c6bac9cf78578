-- audit, term 1
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school)),
st AS (SELECT s.id, s.class_id,
    (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
     WHERE m.student_id = s.id AND +l.date BETWEEN ?1 AND ?2 AND +l.date BETWEEN (CASE k.scheme WHEN ?3 THEN ?4 WHEN ?5 THEN ?6 END) AND (CASE k.scheme WHEN ?7 THEN ?8 WHEN ?9 THEN ?10 END)) AS marks,
    EXISTS (SELECT 1 FROM visit v WHERE v.user_id = s.id AND v.at >= (CASE k.scheme WHEN ?11 THEN ?12 WHEN ?13 THEN ?14 END) AND v.at < (CASE k.scheme WHEN ?15 THEN ?16 WHEN ?17 THEN ?18 END)) AS visited
  FROM student s JOIN cls k ON k.id = s.class_id),
ls AS (SELECT l.class_id, coalesce(l.topic, '') <> '' AS topic, coalesce(l.homework, '') <> '' AS homework
  FROM lesson l JOIN cls k ON k.id = l.class_id WHERE l.date BETWEEN ?19 AND ?20 AND l.date BETWEEN (CASE k.scheme WHEN ?21 THEN ?22 WHEN ?23 THEN ?24 END) AND (CASE k.scheme WHEN ?25 THEN ?26 WHEN ?27 THEN ?28 END)),
pa AS (SELECT DISTINCT pc.parent_id, s.class_id,
    EXISTS (SELECT 1 FROM visit v WHERE v.user_id = pc.parent_id AND v.at >= (CASE k.scheme WHEN ?29 THEN ?30 WHEN ?31 THEN ?32 END) AND v.at < (CASE k.scheme WHEN ?33 THEN ?34 WHEN ?35 THEN ?36 END)) AS visited
  FROM parent_child pc JOIN student s ON s.id = pc.student_id JOIN cls k ON k.id = s.class_id),
te AS (SELECT DISTINCT tl.class_id, tl.teacher,
    (EXISTS (SELECT 1 FROM lesson l WHERE l.class_id = tl.class_id
             AND coalesce(l.substitute, l.teacher) = tl.teacher
             AND (coalesce(l.topic, '') <> '' OR coalesce(l.homework, '') <> '') AND l.date BETWEEN ?37 AND ?38 AND l.date BETWEEN (CASE k.scheme WHEN ?39 THEN ?40 WHEN ?41 THEN ?42 END) AND (CASE k.scheme WHEN ?43 THEN ?44 WHEN ?45 THEN ?46 END))
     OR EXISTS (SELECT 1 FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE l.class_id = tl.class_id AND m.entered_by = tl.teacher AND l.date BETWEEN ?47 AND ?48 AND l.date BETWEEN (CASE k.scheme WHEN ?49 THEN ?50 WHEN ?51 THEN ?52 END) AND (CASE k.scheme WHEN ?53 THEN ?54 WHEN ?55 THEN ?56 END))) AS active
  FROM teaching_load tl JOIN cls k ON k.id = tl.class_id)
SELECT class, teachers, active_teachers, no_marks_pct, one_mark_pct, homework_pct, topics_pct,
       parents_pct, students_pct FROM (
  SELECT 0 AS part, k.grade AS grade, k.name AS class,
    (SELECT count(*) FROM te WHERE te.class_id = k.id) AS teachers,
    (SELECT count(*) FROM te WHERE te.class_id = k.id AND te.active) AS active_teachers,
    round((SELECT 100.0 * sum(marks = 0) / count(*) FROM st WHERE st.class_id = k.id), 1) AS no_marks_pct,
    round((SELECT 100.0 * sum(marks = 1) / count(*) FROM st WHERE st.class_id = k.id), 1) AS one_mark_pct,
    round((SELECT 100.0 * sum(homework) / count(*) FROM ls WHERE ls.class_id = k.id), 1) AS homework_pct,
    round((SELECT 100.0 * sum(topic) / count(*) FROM ls WHERE ls.class_id = k.id), 1) AS topics_pct,
    round((SELECT 100.0 * sum(visited) / count(*) FROM pa WHERE pa.class_id = k.id), 1) AS parents_pct,
    round((SELECT 100.0 * sum(visited) / count(*) FROM st WHERE st.class_id = k.id), 1) AS students_pct
  FROM cls k
  UNION ALL
  SELECT 1, NULL, 'all',
    (SELECT count(DISTINCT teacher) FROM te),
    (SELECT count(DISTINCT teacher) FROM te WHERE active),
    round((SELECT 100.0 * sum(marks = 0) / count(*) FROM st), 1),
    round((SELECT 100.0 * sum(marks = 1) / count(*) FROM st), 1),
    round((SELECT 100.0 * sum(homework) / count(*) FROM ls), 1),
    round((SELECT 100.0 * sum(topic) / count(*) FROM ls), 1),
    round((SELECT 100.0 * sum(visited) / count(*) FROM (SELECT parent_id, max(visited) AS visited
                                                         FROM pa GROUP BY parent_id)), 1),
    round((SELECT 100.0 * sum(visited) / count(*) FROM st), 1))
ORDER BY part, grade, class;
-- '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-28', 'quarter', '2026-10-26', '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-28', 'quarter', '2026-10-26', '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25', '2026-09-01', '2026-11-27', 'half', '2026-09-01', 'quarter', '2026-09-01', 'half', '2026-11-27', 'quarter', '2026-10-25'
