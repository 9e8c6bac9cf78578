-- The summary sheet of 7А for quarter 1 (2026-09-01…2026-10-25): per student, numbered in the
-- journal's order (surname, first name), each subject of their load (the class's, and their
-- groups') in the school's order of subjects: the period grade, or the average of the marks
-- where there is none.
WITH st AS (
    SELECT s.id, s.last_name, s.first_name, s.last_name || ' ' || s.first_name || ' ' || s.middle_name AS name
    FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '7А'
),
taken AS (
    SELECT st.id AS student, tl.subject
    FROM st JOIN class c ON c.name = '7А' JOIN teaching_load tl ON tl.class_id = c.id
        AND (tl.group_id IS NULL OR tl.group_id IN (SELECT group_id FROM group_member WHERE student_id = st.id))
),
cell AS (
    SELECT t.student, t.subject,
        coalesce(
            (SELECT g.value FROM period_grade g WHERE g.student_id = t.student AND g.subject = t.subject AND g.period = '1'),
            (SELECT round(avg(m.value), 2) FROM mark m JOIN lesson l ON l.id = m.lesson_id
             WHERE m.student_id = t.student AND l.subject = t.subject AND l.date BETWEEN '2026-09-01' AND '2026-10-25')
        ) AS v
    FROM taken t
)
SELECT (SELECT count(*) FROM st o WHERE o.last_name < st.last_name OR (o.last_name = st.last_name
            AND (o.first_name < st.first_name OR (o.first_name = st.first_name AND o.id <= st.id)))),
       st.name,
       max(CASE WHEN c.subject = 'rus' THEN c.v END), max(CASE WHEN c.subject = 'lit' THEN c.v END),
       max(CASE WHEN c.subject = 'alg' THEN c.v END), max(CASE WHEN c.subject = 'geom' THEN c.v END),
       max(CASE WHEN c.subject = 'eng' THEN c.v END), max(CASE WHEN c.subject = 'hist' THEN c.v END),
       max(CASE WHEN c.subject = 'bio' THEN c.v END), max(CASE WHEN c.subject = 'phys' THEN c.v END),
       max(CASE WHEN c.subject = 'inf' THEN c.v END), max(CASE WHEN c.subject = 'geo' THEN c.v END),
       max(CASE WHEN c.subject = 'pe' THEN c.v END), max(CASE WHEN c.subject = 'art' THEN c.v END)
FROM st JOIN cell c ON c.student = st.id
GROUP BY st.id;
-- Under the students, per subject the measures of regulation.md over 7А's grades of the quarter
-- (N: the students with a grade 2–5 or н/а in it): quality, pass rate, СОУ, and how many of each.
WITH g AS (
    SELECT g.subject, g.value FROM period_grade g JOIN student s ON s.id = g.student_id
    JOIN class c ON c.id = s.class_id
    WHERE c.name = '7А' AND g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а')
),
per AS (
    SELECT subject, count(*) AS n, sum(value = '5') AS n5, sum(value = '4') AS n4, sum(value = '3') AS n3,
           sum(value = '2') AS n2, sum(value = 'н/а') AS nna
    FROM g GROUP BY subject
),
measure AS (
    SELECT 1 AS ord, 'quality, % (4 and 5)' AS label, subject, round(100.0 * (n5 + n4) / n, 1) AS x FROM per
    UNION ALL SELECT 2, 'pass rate, %', subject, round(100.0 * (n5 + n4 + n3) / n, 1) FROM per
    UNION ALL SELECT 3, 'SOU, %', subject, round((100.0 * n5 + 64 * n4 + 36 * n3 + 16 * n2 + 7 * nna) / n, 1) FROM per
    UNION ALL SELECT 4, 'grades 5', subject, n5 FROM per
    UNION ALL SELECT 5, 'grades 4', subject, n4 FROM per
    UNION ALL SELECT 6, 'grades 3', subject, n3 FROM per
    UNION ALL SELECT 7, 'grades 2', subject, n2 FROM per
    UNION ALL SELECT 8, 'not attested (н/а)', subject, nna FROM per
)
SELECT NULL, label,
       max(CASE WHEN subject = 'rus' THEN x END), max(CASE WHEN subject = 'lit' THEN x END),
       max(CASE WHEN subject = 'alg' THEN x END), max(CASE WHEN subject = 'geom' THEN x END),
       max(CASE WHEN subject = 'eng' THEN x END), max(CASE WHEN subject = 'hist' THEN x END),
       max(CASE WHEN subject = 'bio' THEN x END), max(CASE WHEN subject = 'phys' THEN x END),
       max(CASE WHEN subject = 'inf' THEN x END), max(CASE WHEN subject = 'geo' THEN x END),
       max(CASE WHEN subject = 'pe' THEN x END), max(CASE WHEN subject = 'art' THEN x END)
FROM measure GROUP BY ord, label;
-- The class's results: each student counts by their lowest grade of the quarter (н/а lowest):
-- all 5 (отличники), 4 and 5 (хорошисты), a 3, a 2 or н/а (неуспевающие); quality and pass rate
-- over those students, СОУ over every grade.
WITH g AS (
    SELECT g.student_id, g.value FROM period_grade g JOIN student s ON s.id = g.student_id
    JOIN class c ON c.id = s.class_id
    WHERE c.name = '7А' AND g.period = '1' AND g.value IN ('2', '3', '4', '5', 'н/а')
),
low AS (
    SELECT student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END) AS low
    FROM g GROUP BY student_id
)
SELECT '7А', (SELECT count(*) FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '7А'),
       sum(low = 5), sum(low = 4), sum(low = 3), sum(low <= 2),
       round(100.0 * sum(low >= 4) / count(*), 1), round(100.0 * sum(low >= 3) / count(*), 1),
       (SELECT round(sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END)
                     * 1.0 / count(*), 1) FROM g)
FROM low;
SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name, sub.name, count(m.id), round(avg(m.value), 2),
       (SELECT g.value FROM period_grade g WHERE g.student_id = s.id AND g.subject = tl.subject AND g.period = '1')
FROM student s JOIN class c ON c.id = s.class_id
JOIN teaching_load tl ON tl.class_id = c.id
    AND (tl.group_id IS NULL OR tl.group_id IN (SELECT group_id FROM group_member WHERE student_id = s.id))
JOIN subject sub ON sub.code = tl.subject
LEFT JOIN (mark m JOIN lesson l ON l.id = m.lesson_id AND l.date BETWEEN '2026-09-01' AND '2026-10-25')
    ON m.student_id = s.id AND l.subject = tl.subject
WHERE c.name = '7А'
GROUP BY s.id, tl.rowid;
SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name, c.name,
       count(CASE WHEN a.code IN ('absent', 'sick', 'excused') THEN 1 END),
       count(CASE WHEN a.code = 'sick' THEN 1 END), count(CASE WHEN a.code = 'excused' THEN 1 END),
       count(CASE WHEN a.code = 'late' THEN 1 END)
FROM student s JOIN class c ON c.id = s.class_id
LEFT JOIN (attendance a JOIN lesson l ON l.id = a.lesson_id AND l.date BETWEEN '2026-09-01' AND '2026-10-25')
    ON a.student_id = s.id
WHERE c.name = '7А'
GROUP BY s.id;
