-- Marks of every class's period 1 entered later than R21 allows: written works 3 days; essays,
-- expositions, control works in mathematics (and its courses) in grades 10-11 and any written
-- work in a foreign language 7 days; every other kind the same day. The deadline is a CASE on
-- the mark's kind and two small constant lists (mathematics, foreign languages) computed first.
WITH k AS (
    SELECT c.id, c.grade, p.start, min(p."end", '{TODAY}') AS stop
    FROM class c
    JOIN study_period p ON p.year = c.year AND p.scheme = c.scheme AND p.number = 1
    WHERE c.year = (SELECT year FROM school)
),
maths AS (SELECT code FROM subject WHERE code = '{MATH}' OR parent = '{MATH}'),
languages AS (SELECT code FROM subject WHERE is_foreign_language = 1)
SELECT m.id
FROM k
CROSS JOIN lesson l ON l.class_id = k.id AND l.date BETWEEN k.start AND k.stop
JOIN mark m ON m.lesson_id = l.id
WHERE julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) > CASE
    WHEN m.kind NOT IN ('control', 'test', 'dictation', 'independent', 'essay', 'exposition') THEN 0
    WHEN m.kind IN ('essay', 'exposition') THEN 7
    WHEN l.subject IN (SELECT code FROM languages) THEN 7
    WHEN m.kind = 'control' AND k.grade >= 10 AND l.subject IN (SELECT code FROM maths) THEN 7
    ELSE 3
END;
