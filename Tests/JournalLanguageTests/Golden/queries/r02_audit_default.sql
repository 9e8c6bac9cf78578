-- audit, last 2 weeks
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1, ?2))),
st AS (SELECT s.id, s.class_id,
    (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
     WHERE m.student_id = s.id AND +l.date BETWEEN ?3 AND ?4) AS marks,
    EXISTS (SELECT 1 FROM visit v WHERE v.user_id = s.id AND v.at >= ?5 AND v.at < ?6) AS visited
  FROM student s JOIN cls k ON k.id = s.class_id),
ls AS (SELECT l.class_id, coalesce(l.topic, '') <> '' AS topic, coalesce(l.homework, '') <> '' AS homework
  FROM lesson l JOIN cls k ON k.id = l.class_id WHERE l.date BETWEEN ?7 AND ?8),
pa AS (SELECT DISTINCT pc.parent_id, s.class_id,
    EXISTS (SELECT 1 FROM visit v WHERE v.user_id = pc.parent_id AND v.at >= ?9 AND v.at < ?10) AS visited
  FROM parent_child pc JOIN student s ON s.id = pc.student_id JOIN cls k ON k.id = s.class_id),
te AS (SELECT DISTINCT tl.class_id, tl.teacher,
    (EXISTS (SELECT 1 FROM lesson l WHERE l.class_id = tl.class_id
             AND coalesce(l.substitute, l.teacher) = tl.teacher
             AND (coalesce(l.topic, '') <> '' OR coalesce(l.homework, '') <> '') AND l.date BETWEEN ?11 AND ?12)
     OR EXISTS (SELECT 1 FROM mark m JOIN lesson l ON l.id = m.lesson_id
                WHERE l.class_id = tl.class_id AND m.entered_by = tl.teacher AND l.date BETWEEN ?13 AND ?14)) AS active
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
-- 2, 3, '2026-11-14', '2026-11-27', '2026-11-14', '2026-11-28', '2026-11-14', '2026-11-27', '2026-11-14', '2026-11-28', '2026-11-14', '2026-11-27', '2026-11-14', '2026-11-27'
