SELECT ch.user AS "user", count(ch.id) AS "count(id)", coalesce(sum(ch.rows), 0) AS "sum(rows)", group_concat((SELECT group_concat(t.table_name, ', ') FROM (SELECT DISTINCT r.table_name FROM change_row r WHERE r.change_id = ch.id ORDER BY r.table_name) t), ', ') AS "list(tables)"
FROM change ch
WHERE EXISTS (SELECT 1 FROM change_row r WHERE r.change_id = ch.id AND ((r.table_name = 'lesson' AND r.key IN (SELECT sl.id FROM lesson sl WHERE sl.class_id IN (?1))) OR (r.table_name IN ('mark', 'attendance') AND json_extract(r.data, '$.lesson_id') IN (SELECT sl.id FROM lesson sl WHERE sl.class_id IN (?2))) OR (r.table_name = 'mark_correction' AND json_extract(r.data, '$.mark_id') IN (SELECT sm.id FROM mark sm WHERE sm.lesson_id IN (SELECT sl.id FROM lesson sl WHERE sl.class_id IN (?3)))) OR (r.table_name IN ('period_grade', 'enrolment') AND json_extract(r.data, '$.student_id') IN (SELECT se.student_id FROM enrolment se WHERE se.class_id IN (?4))) OR (r.table_name = 'student' AND r.key IN (SELECT se.student_id FROM enrolment se WHERE se.class_id IN (?5))) OR (r.table_name = 'class' AND CAST(r.key AS INTEGER) IN (?6))))
GROUP BY ch.user
ORDER BY ch.user;
-- 2, 2, 2, 2, 2, 2
