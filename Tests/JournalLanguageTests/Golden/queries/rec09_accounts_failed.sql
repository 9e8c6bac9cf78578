SELECT ac.login AS "login", (SELECT count(*) FROM failed_login lf WHERE lf.login_key = lower(trim(ac.login)) AND lf.cleared = 0) AS "failed_logins", (SELECT max(lv.at) FROM visit lv WHERE lv.user_id = ac.user_id) AS "last_login"
FROM account ac
WHERE ((SELECT count(*) FROM failed_login lf WHERE lf.login_key = lower(trim(ac.login)) AND lf.cleared = 0) > ?1)
ORDER BY ac.login;
-- 0
