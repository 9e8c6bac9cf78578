-- Log-ins of last week (Monday to Sunday before this week) counted per role: the week's visits
-- through the time index, each user's role by a primary-key look-up in the three people tables.
WITH v AS (
    SELECT user_id FROM visit
    WHERE at >= date('{TODAY}', '-6 days', 'weekday 1', '-7 days') AND at < date('{TODAY}', '-6 days', 'weekday 1')
)
SELECT CASE
           WHEN v.user_id IN (SELECT id FROM student) THEN 'student'
           WHEN v.user_id IN (SELECT id FROM parent) THEN 'parent'
           WHEN v.user_id IN (SELECT id FROM staff) THEN 'staff'
       END AS role,
       count(*) AS count
FROM v
GROUP BY role;
