-- diary of Тарасова Анна Андреевна, 7Б, term 1 (2026-09-01 to 2026-10-25)
SELECT l.date, l.number, sub.name, (SELECT n.last_name || ' ' || n.first_name || coalesce(' ' || n.middle_name, '') FROM staff n WHERE n.id = coalesce(l.substitute, l.teacher)),
  l.topic, l.homework,
  (SELECT group_concat(mark, ', ') FROM (SELECT m.value || CASE WHEN m.kind = 'classwork' THEN '' ELSE ' (' || m.kind || ')' END AS mark FROM mark m
     WHERE m.lesson_id = l.id AND m.student_id = ? ORDER BY m.entered_at, m.id)),
  (SELECT a.code FROM attendance a WHERE a.lesson_id = l.id AND a.student_id = ?)
FROM lesson l JOIN subject sub ON sub.code = l.subject
WHERE l.class_id IN (SELECT e.class_id FROM enrolment e WHERE e.student_id = ?)
  AND l.date BETWEEN ? AND ?
  AND EXISTS (SELECT 1 FROM enrolment e WHERE e.student_id = ? AND e.class_id = l.class_id
              AND e.since <= l.date AND (e.until IS NULL OR l.date <= e.until))
  AND (l.group_id IS NULL OR EXISTS (SELECT 1 FROM group_member gm
                                     WHERE gm.group_id = l.group_id AND gm.student_id = ?
                                       AND gm.since <= l.date AND (gm.until IS NULL OR l.date <= gm.until)))
ORDER BY l.date, l.number, l.id;
-- 'S0060', 'S0060', 'S0060', '2026-09-01', '2026-10-25', 'S0060', 'S0060'
-- period grades of Тарасова Анна Андреевна, 7Б, term 1
SELECT sub.name, g.period, g.value
FROM period_grade g JOIN subject sub ON sub.code = g.subject
WHERE g.student_id = ? AND +g.year = (SELECT year FROM school)
  AND +g.period IN (?)
ORDER BY sub.rowid, g.period;
-- 'S0060', '1'
