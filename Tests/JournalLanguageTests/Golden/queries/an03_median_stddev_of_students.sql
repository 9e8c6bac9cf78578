WITH f1 AS MATERIALIZED (SELECT k1, avg(CASE WHEN rn IN ((cn + 1) / 2, (cn + 2) / 2) THEN v END) AS md, sqrt(max(0.0, ((total(CAST(v AS REAL) * CAST(v AS REAL)) - total(CAST(v AS REAL)) * total(CAST(v AS REAL)) / NULLIF(count(v), 0)) / NULLIF(count(v) - 1, 0)))) AS sd, min(ls) AS ls FROM (SELECT m.student_id AS k1, m.value AS v, group_concat(m.value, ' ') OVER (PARTITION BY m.student_id ORDER BY l.date, l.number, m.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS ls, row_number() OVER (PARTITION BY m.student_id ORDER BY m.value) AS rn, count(*) OVER (PARTITION BY m.student_id) AS cn FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id WHERE l.class_id IN (?1) AND l.date BETWEEN ?2 AND ?3) GROUP BY k1)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS "name", round(f1.md, 2) AS "median(marks(term 1))", round(f1.sd, 2) AS "stddev(marks(term 1))", f1.ls AS "list(marks(term 1))"
FROM student s JOIN class c ON c.id = s.class_id LEFT JOIN f1 ON f1.k1 = s.id
WHERE (s.class_id IN (?4))
ORDER BY c.grade, c.name, s.last_name, s.first_name, s.middle_name, s.id
LIMIT ?5;
-- 2, '2026-09-01', '2026-10-25', 2, 5
