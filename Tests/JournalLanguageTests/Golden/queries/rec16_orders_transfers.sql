SELECT od.number AS "number", od.date AS "date", nj1.last_name || ' ' || nj1.first_name || coalesce(' ' || nj1.middle_name, '') AS "student", lc.name AS "class"
FROM (SELECT 'promotion' AS kind, po.number AS number, po.date AS date, po.year AS year, NULL AS student_id, NULL AS class_id, po.id AS order_id FROM promotion_order po UNION ALL SELECT 'transfer', oe.order_number, oe.order_date, oc.year, oe.student_id, oe.class_id, NULL FROM enrolment oe JOIN class oc ON oc.id = oe.class_id WHERE oe.order_number IS NOT NULL UNION ALL SELECT 'withdrawal', oe.end_order_number, oe.end_order_date, oc.year, oe.student_id, oe.class_id, NULL FROM enrolment oe JOIN class oc ON oc.id = oe.class_id WHERE oe.end_order_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM enrolment ne WHERE ne.student_id = oe.student_id AND ne.since > oe.since AND ne.order_number IS oe.end_order_number AND ne.order_date IS oe.end_order_date)) od LEFT JOIN class lc ON lc.id = od.class_id LEFT JOIN student nj1 ON nj1.id = od.student_id
WHERE (od.class_id IN (?1) OR od.order_id IN (SELECT op.order_id FROM promotion op WHERE op.from_class IN (?2) OR op.to_class IN (?3)))
  AND od.date BETWEEN ?4 AND ?5
  AND (od.kind = ?6)
ORDER BY od.date, od.number, od.kind, od.student_id;
-- 2, 2, 2, '2026-09-01', '2026-11-27', 'transfer'
