WITH o AS MATERIALIZED (SELECT s.id AS sid, c.scheme AS sch FROM student s JOIN class c ON c.id = s.class_id WHERE (s.class_id IN (?1))),
f1 AS MATERIALIZED (SELECT k1, k2, avg(CASE WHEN rn IN ((cn + 1) / 2, (cn + 2) / 2) THEN v END) AS md, sqrt(max(0.0, ((total(CAST(v AS REAL) * CAST(v AS REAL)) - total(CAST(v AS REAL)) * total(CAST(v AS REAL)) / NULLIF(count(v), 0)) / NULLIF(count(v) - 1, 0)))) AS sd, min(ls) AS ls FROM (SELECT m.student_id AS k1, lk.sch AS k2, m.value AS v, group_concat(m.value, ' ') OVER (PARTITION BY m.student_id, lk.sch ORDER BY l.date, l.number, m.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS ls, row_number() OVER (PARTITION BY m.student_id, lk.sch ORDER BY m.value) AS rn, count(*) OVER (PARTITION BY m.student_id, lk.sch) AS cn FROM (SELECT DISTINCT e.class_id AS id, o.sch AS sch FROM o CROSS JOIN enrolment e ON e.student_id = o.sid) lk CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN (CASE lk.sch WHEN ?2 THEN ?3 END) AND (CASE lk.sch WHEN ?4 THEN ?5 END) CROSS JOIN mark m ON m.lesson_id = l.id) GROUP BY k1, k2)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.md, 2) AS "median(marks(term 1))", round(f1.sd, 2) AS "stddev(marks(term 1))", f1.ls AS "list(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id AND f1.k2 = c.scheme
WHERE (s.class_id IN (?6))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?7;
-- 2, 'quarter', '2026-09-01', 'quarter', '2026-10-25', 2, 5
