-- The marks of 7А's lessons in quarter 1 (7А's term 1: 2026-09-01 to 2026-10-25), per subject: the
-- middle mark (the mean of the two middle ones of an even count: the marks whose place p in the
-- subject's sorted marks has 2p = n, n + 1 or n + 2) and the sample standard deviation (the squared
-- distances from the mean, over n - 1).
WITH v AS (
    SELECT m.id, sub.name AS subject, m.value AS x
    FROM mark m
    JOIN lesson l ON l.id = m.lesson_id
    JOIN class c ON c.id = l.class_id
    JOIN subject sub ON sub.code = l.subject
    WHERE c.name = '7А' AND l.date BETWEEN '2026-09-01' AND '2026-10-25'
),
stats AS (SELECT subject, avg(x) AS mean, count(*) AS n FROM v GROUP BY subject),
placed AS (
    SELECT u.subject, u.x, (SELECT count(*) FROM v w WHERE w.subject = u.subject
        AND (w.x < u.x OR (w.x = u.x AND w.id <= u.id))) AS p
    FROM v u
)
SELECT s.subject,
    round((SELECT avg(q.x) FROM placed q WHERE q.subject = s.subject AND 2 * q.p IN (s.n, s.n + 1, s.n + 2)), 2),
    round(sqrt((SELECT sum((w.x - s.mean) * (w.x - s.mean)) FROM v w WHERE w.subject = s.subject) / (s.n - 1)), 2)
FROM stats s;
