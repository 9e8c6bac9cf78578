-- Every teacher of 7А's teaching load (and any other teacher of 7А's lessons that day), with how
-- many marks were given on 7А's lessons of yesterday (2026-11-26) they taught: 0 for one with none.
WITH t AS (
    SELECT tl.teacher AS id FROM teaching_load tl JOIN class c ON c.id = tl.class_id
    WHERE c.name = '7А' AND tl.teacher IS NOT NULL
    UNION
    SELECT l.teacher FROM lesson l JOIN class c ON c.id = l.class_id JOIN mark m ON m.lesson_id = l.id
    WHERE c.name = '7А' AND l.date = '2026-11-26'
)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''),
    (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
     WHERE c.name = '7А' AND l.date = '2026-11-26' AND l.teacher = t.id)
FROM t JOIN staff s ON s.id = t.id;
