SELECT m.id FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id
WHERE l.date BETWEEN '2026-09-01' AND CASE c.scheme WHEN 'quarter' THEN '2026-10-25' ELSE '2026-11-27' END
  AND julianday(date(m.entered_at)) - julianday(l.date) > CASE
      WHEN m.kind IN ('essay', 'exposition') THEN 7
      WHEN (SELECT f.is_foreign_language FROM subject f WHERE f.code = l.subject) = 1 AND m.kind IN ('control', 'test', 'dictation', 'independent') THEN 7
      WHEN m.kind = 'control' AND c.grade >= 10 AND l.subject IN (SELECT code FROM subject WHERE code = 'math' OR parent = 'math') THEN 7
      WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN 3
      ELSE 0 END;
