-- R26: topics of 7А's plan for quarter 1 (7А is on quarters) that no lesson of the class, subject
-- and group has as its topic.
SELECT p.planned_date, sub.name, p.topic
FROM plan_topic p JOIN class k ON k.id = p.class_id JOIN subject sub ON sub.code = p.subject
WHERE k.name = '7А' AND p.planned_date BETWEEN '2026-09-01' AND '2026-10-25'
  AND NOT EXISTS (
      SELECT 1 FROM lesson l
      WHERE l.class_id = p.class_id AND l.subject = p.subject AND l.topic = p.topic
        AND (l.group_id = p.group_id OR (l.group_id IS NULL AND p.group_id IS NULL)));
