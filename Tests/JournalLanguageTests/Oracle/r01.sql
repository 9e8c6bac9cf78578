WITH span AS (
    SELECT id AS class_id, name, '2026-09-01' AS d1,
           CASE scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END AS d2
    FROM class),
pupils AS (
    SELECT s.id, sp.class_id, sp.d1, sp.d2 FROM student s JOIN span sp ON sp.class_id = s.class_id),
pupil_stats AS (
    SELECT p.id, p.class_id,
        (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
         WHERE m.student_id = p.id AND l.date BETWEEN p.d1 AND p.d2) AS n,
        (SELECT count(*) FROM visit v WHERE v.user_id = p.id AND date(v.at) BETWEEN p.d1 AND p.d2) > 0 AS came
    FROM pupils p),
lesson_stats AS (
    SELECT l.class_id, count(*) AS n,
        sum(l.homework IS NOT NULL AND l.homework <> '') AS hw, sum(l.topic IS NOT NULL AND l.topic <> '') AS tp
    FROM lesson l JOIN span sp ON sp.class_id = l.class_id WHERE l.date BETWEEN sp.d1 AND sp.d2
    GROUP BY l.class_id),
parent_stats AS (
    SELECT DISTINCT pc.parent_id, p.class_id,
        (SELECT count(*) FROM visit v WHERE v.user_id = pc.parent_id AND date(v.at) BETWEEN p.d1 AND p.d2) > 0 AS came
    FROM parent_child pc JOIN pupils p ON p.id = pc.student_id),
teacher_stats AS (
    SELECT DISTINCT tl.class_id, tl.teacher,
        EXISTS (SELECT 1 FROM lesson l JOIN span sp ON sp.class_id = l.class_id
                WHERE l.class_id = tl.class_id AND l.date BETWEEN sp.d1 AND sp.d2
                AND ((l.substitute = tl.teacher) OR (l.teacher = tl.teacher AND l.substitute IS NULL))
                AND (coalesce(l.topic, '') <> '' OR coalesce(l.homework, '') <> ''))
        OR EXISTS (SELECT 1 FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN span sp ON sp.class_id = l.class_id
                   WHERE l.class_id = tl.class_id AND m.entered_by = tl.teacher AND l.date BETWEEN sp.d1 AND sp.d2)
        AS active
    FROM teaching_load tl)
SELECT sp.name,
    (SELECT count(*) FROM teacher_stats t WHERE t.class_id = sp.class_id),
    (SELECT count(*) FROM teacher_stats t WHERE t.class_id = sp.class_id AND t.active),
    (SELECT round(100.0 * sum(n = 0) / count(*), 1) FROM pupil_stats p WHERE p.class_id = sp.class_id),
    (SELECT round(100.0 * sum(n = 1) / count(*), 1) FROM pupil_stats p WHERE p.class_id = sp.class_id),
    (SELECT round(100.0 * hw / n, 1) FROM lesson_stats x WHERE x.class_id = sp.class_id),
    (SELECT round(100.0 * tp / n, 1) FROM lesson_stats x WHERE x.class_id = sp.class_id),
    (SELECT round(100.0 * sum(came) / count(*), 1) FROM parent_stats x WHERE x.class_id = sp.class_id),
    (SELECT round(100.0 * sum(came) / count(*), 1) FROM pupil_stats p WHERE p.class_id = sp.class_id)
FROM span sp
UNION ALL
SELECT 'all',
    (SELECT count(DISTINCT teacher) FROM teacher_stats),
    (SELECT count(DISTINCT teacher) FROM teacher_stats WHERE active),
    (SELECT round(100.0 * sum(n = 0) / count(*), 1) FROM pupil_stats),
    (SELECT round(100.0 * sum(n = 1) / count(*), 1) FROM pupil_stats),
    (SELECT round(100.0 * sum(hw) / sum(n), 1) FROM lesson_stats),
    (SELECT round(100.0 * sum(tp) / sum(n), 1) FROM lesson_stats),
    (SELECT round(100.0 * sum(came) / count(*), 1) FROM (SELECT parent_id, max(came) AS came FROM parent_stats GROUP BY parent_id)),
    (SELECT round(100.0 * sum(came) / count(*), 1) FROM pupil_stats);
