-- Each student of 7А: the middle of their own marks of quarter 1 (2026-09-01 to 2026-10-25: the
-- marks whose place p in their sorted marks has 2p = n, n + 1 or n + 2) and their sample standard
-- deviation; empty where they have no marks (or, for the deviation, one).
WITH v AS (
    SELECT m.id, m.student_id AS sid, m.value AS x
    FROM mark m
    JOIN lesson l ON l.id = m.lesson_id
    WHERE l.date BETWEEN '2026-09-01' AND '2026-10-25'
      AND m.student_id IN (SELECT s.id FROM student s JOIN class c ON c.id = s.class_id WHERE c.name = '7А')
),
stats AS (SELECT sid, avg(x) AS mean, count(*) AS n FROM v GROUP BY sid),
placed AS (
    SELECT u.sid, u.x, (SELECT count(*) FROM v w WHERE w.sid = u.sid
        AND (w.x < u.x OR (w.x = u.x AND w.id <= u.id))) AS p
    FROM v u
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''),
    round((SELECT avg(q.x) FROM placed q WHERE q.sid = s.id AND 2 * q.p IN (st.n, st.n + 1, st.n + 2)), 2),
    CASE WHEN st.n > 1 THEN round(sqrt((SELECT sum((w.x - st.mean) * (w.x - st.mean)) FROM v w WHERE w.sid = s.id)
        / (st.n - 1)), 2) END
FROM student s
JOIN class c ON c.id = s.class_id
LEFT JOIN stats st ON st.sid = s.id
WHERE c.name = '7А';
