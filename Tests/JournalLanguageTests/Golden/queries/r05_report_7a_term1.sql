-- 7А: summary sheet, term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1))),
pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k CROSS JOIN student s ON s.class_id = k.id),
scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
    FROM (SELECT lc2.id FROM class lc2 WHERE lc2.id IN (?2)) lk
    CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4
    CROSS JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject),
need AS (SELECT s.id AS student, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class, k.grade AS class_grade,
      s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
      CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
      (CASE k.scheme WHEN ?5 THEN ?6 END) AS weeks, (CASE k.scheme WHEN ?7 THEN ?8 END) AS ended,
      coalesce(sc.marks, 0) AS marks, sc.average AS average
    FROM student s JOIN cls k ON k.id = s.class_id
    JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR EXISTS
        (SELECT 1 FROM group_member gm WHERE gm.group_id = tl.group_id AND gm.student_id = s.id
         AND gm.until IS NULL))
    LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject),
cell AS MATERIALIZED (SELECT student, name, last_name, first_name, subject,
    coalesce((SELECT g.value FROM period_grade g WHERE g.student_id = need.student AND g.subject = need.subject
 AND g.year = (SELECT year FROM school) AND g.period = ?9), round(average, 2)) AS value FROM need),
sheet_grade AS MATERIALIZED (SELECT g.subject, g.student_id, (CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END) AS low,
    (CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END) AS weight
  FROM cls k CROSS JOIN student os ON os.class_id = k.id CROSS JOIN period_grade g ON g.student_id = os.id
  WHERE +g.year = (SELECT year FROM school)
    AND +g.period = ?22
    AND g.value IN ('2', '3', '4', '5', 'н/а') AND g.subject IN (?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)),
sheet_low AS (SELECT subject, student_id, min(low) AS low FROM sheet_grade GROUP BY subject, student_id),
sheet_sou AS (SELECT subject, total(weight) / count(*) AS sou FROM sheet_grade GROUP BY subject),
sheet_measure AS MATERIALIZED (SELECT lo.subject, 100.0 * total(lo.low >= 4) / count(*) AS quality,
    100.0 * total(lo.low >= 3) / count(*) AS pass_rate, min(so.sou) AS sou,
    sum(lo.low = 5) AS n5, sum(lo.low = 4) AS n4, sum(lo.low = 3) AS n3, sum(lo.low = 2) AS n2,
    sum(lo.low = 1) AS n_na
  FROM sheet_low lo JOIN sheet_sou so ON so.subject = lo.subject GROUP BY lo.subject)
SELECT number, student, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12 FROM (
  SELECT 0 AS part, row_number() OVER (ORDER BY last_name, first_name, student) AS number, name AS student, max(CASE WHEN subject = ?10 THEN value END) AS c1, max(CASE WHEN subject = ?11 THEN value END) AS c2, max(CASE WHEN subject = ?12 THEN value END) AS c3, max(CASE WHEN subject = ?13 THEN value END) AS c4, max(CASE WHEN subject = ?14 THEN value END) AS c5, max(CASE WHEN subject = ?15 THEN value END) AS c6, max(CASE WHEN subject = ?16 THEN value END) AS c7, max(CASE WHEN subject = ?17 THEN value END) AS c8, max(CASE WHEN subject = ?18 THEN value END) AS c9, max(CASE WHEN subject = ?19 THEN value END) AS c10, max(CASE WHEN subject = ?20 THEN value END) AS c11, max(CASE WHEN subject = ?21 THEN value END) AS c12
  FROM cell GROUP BY student, name, last_name, first_name
  UNION ALL SELECT 1, NULL, ?35, round(max(CASE WHEN subject = ?36 THEN quality END), 1), round(max(CASE WHEN subject = ?37 THEN quality END), 1), round(max(CASE WHEN subject = ?38 THEN quality END), 1), round(max(CASE WHEN subject = ?39 THEN quality END), 1), round(max(CASE WHEN subject = ?40 THEN quality END), 1), round(max(CASE WHEN subject = ?41 THEN quality END), 1), round(max(CASE WHEN subject = ?42 THEN quality END), 1), round(max(CASE WHEN subject = ?43 THEN quality END), 1), round(max(CASE WHEN subject = ?44 THEN quality END), 1), round(max(CASE WHEN subject = ?45 THEN quality END), 1), round(max(CASE WHEN subject = ?46 THEN quality END), 1), round(max(CASE WHEN subject = ?47 THEN quality END), 1) FROM sheet_measure
  UNION ALL SELECT 2, NULL, ?48, round(max(CASE WHEN subject = ?49 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?50 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?51 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?52 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?53 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?54 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?55 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?56 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?57 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?58 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?59 THEN pass_rate END), 1), round(max(CASE WHEN subject = ?60 THEN pass_rate END), 1) FROM sheet_measure
  UNION ALL SELECT 3, NULL, ?61, round(max(CASE WHEN subject = ?62 THEN sou END), 1), round(max(CASE WHEN subject = ?63 THEN sou END), 1), round(max(CASE WHEN subject = ?64 THEN sou END), 1), round(max(CASE WHEN subject = ?65 THEN sou END), 1), round(max(CASE WHEN subject = ?66 THEN sou END), 1), round(max(CASE WHEN subject = ?67 THEN sou END), 1), round(max(CASE WHEN subject = ?68 THEN sou END), 1), round(max(CASE WHEN subject = ?69 THEN sou END), 1), round(max(CASE WHEN subject = ?70 THEN sou END), 1), round(max(CASE WHEN subject = ?71 THEN sou END), 1), round(max(CASE WHEN subject = ?72 THEN sou END), 1), round(max(CASE WHEN subject = ?73 THEN sou END), 1) FROM sheet_measure
  UNION ALL SELECT 4, NULL, ?74, coalesce(max(CASE WHEN subject = ?75 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?76 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?77 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?78 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?79 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?80 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?81 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?82 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?83 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?84 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?85 THEN n5 END), 0), coalesce(max(CASE WHEN subject = ?86 THEN n5 END), 0) FROM sheet_measure
  UNION ALL SELECT 5, NULL, ?87, coalesce(max(CASE WHEN subject = ?88 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?89 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?90 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?91 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?92 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?93 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?94 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?95 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?96 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?97 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?98 THEN n4 END), 0), coalesce(max(CASE WHEN subject = ?99 THEN n4 END), 0) FROM sheet_measure
  UNION ALL SELECT 6, NULL, ?100, coalesce(max(CASE WHEN subject = ?101 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?102 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?103 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?104 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?105 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?106 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?107 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?108 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?109 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?110 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?111 THEN n3 END), 0), coalesce(max(CASE WHEN subject = ?112 THEN n3 END), 0) FROM sheet_measure
  UNION ALL SELECT 7, NULL, ?113, coalesce(max(CASE WHEN subject = ?114 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?115 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?116 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?117 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?118 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?119 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?120 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?121 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?122 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?123 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?124 THEN n2 END), 0), coalesce(max(CASE WHEN subject = ?125 THEN n2 END), 0) FROM sheet_measure
  UNION ALL SELECT 8, NULL, ?126, coalesce(max(CASE WHEN subject = ?127 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?128 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?129 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?130 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?131 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?132 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?133 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?134 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?135 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?136 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?137 THEN n_na END), 0), coalesce(max(CASE WHEN subject = ?138 THEN n_na END), 0) FROM sheet_measure
) ORDER BY part, number;
-- 2, 2, '2026-09-01', '2026-10-25', 'quarter', 7, 'quarter', 1, '1', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', '1', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'quality, % (4 and 5)', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'pass rate, %', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'SOU, %', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'grades 5', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'grades 4', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'grades 3', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'grades 2', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art', 'not attested (н/а)', 'rus', 'lit', 'alg', 'geom', 'eng', 'hist', 'bio', 'phys', 'inf', 'geo', 'pe', 'art'
-- results of the classes, term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?3))),
result_grade AS MATERIALIZED (SELECT k.id AS class_id, g.student_id, (CASE g.value WHEN 'н/а' THEN 1 ELSE CAST(g.value AS INTEGER) END) AS low, (CASE g.value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END) AS weight
  FROM cls k CROSS JOIN student os ON os.class_id = k.id CROSS JOIN period_grade g ON g.student_id = os.id
  WHERE k.id = ?1 AND +g.year = (SELECT year FROM school)
    AND +g.period = ?2
    AND g.value IN ('2', '3', '4', '5', 'н/а')),
result_low AS (SELECT class_id, student_id, min(low) AS low FROM result_grade GROUP BY class_id, student_id),
result_sou AS (SELECT class_id, total(weight) / count(*) AS sou FROM result_grade GROUP BY class_id),
result_of AS (SELECT lo.class_id, sum(lo.low = 5) AS n5, sum(lo.low = 4) AS n4, sum(lo.low = 3) AS n3,
    sum(lo.low = 2) AS n2, sum(lo.low = 1) AS n_na, 100.0 * total(lo.low >= 4) / count(*) AS quality,
    100.0 * total(lo.low >= 3) / count(*) AS pass_rate, min(so.sou) AS sou
  FROM result_low lo JOIN result_sou so ON so.class_id = lo.class_id GROUP BY lo.class_id)
SELECT class, students, all_fives, fours_and_fives, with_threes, failing, quality, pass_rate, sou FROM (
  SELECT k.grade AS grade, k.name AS class,
    (SELECT count(*) FROM student s2 WHERE s2.class_id = k.id) AS students,
    coalesce(r.n5, 0) AS all_fives, coalesce(r.n4, 0) AS fours_and_fives, coalesce(r.n3, 0) AS with_threes,
    coalesce(r.n2, 0) + coalesce(r.n_na, 0) AS failing, round(r.quality, 1) AS quality,
    round(r.pass_rate, 1) AS pass_rate, round(r.sou, 1) AS sou
  FROM cls k LEFT JOIN result_of r ON r.class_id = k.id WHERE k.id IN (?1)
) ORDER BY grade, class;
-- 2, '1', 2
-- marks and period grades, term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1))),
pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k CROSS JOIN student s ON s.class_id = k.id),
scored AS MATERIALIZED (SELECT m.student_id, l.subject, count(*) AS marks, avg(m.value) AS average
    FROM (SELECT lc2.id FROM class lc2 WHERE lc2.id IN (?2)) lk
    CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4
    CROSS JOIN mark m ON m.lesson_id = l.id
    GROUP BY m.student_id, l.subject),
need AS (SELECT s.id AS student, s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, '') AS name, k.name AS class, k.grade AS class_grade,
      s.last_name, s.first_name, tl.subject, tl.hours_per_week AS hours,
      CASE WHEN tl.hours_per_week >= 2 THEN 5 ELSE 3 END AS final,
      (CASE k.scheme WHEN ?5 THEN ?6 WHEN ?7 THEN ?8 END) AS weeks, (CASE k.scheme WHEN ?9 THEN ?10 WHEN ?11 THEN ?12 END) AS ended,
      coalesce(sc.marks, 0) AS marks, sc.average AS average
    FROM student s JOIN cls k ON k.id = s.class_id
    JOIN teaching_load tl ON tl.class_id = k.id AND (tl.group_id IS NULL OR EXISTS
        (SELECT 1 FROM group_member gm WHERE gm.group_id = tl.group_id AND gm.student_id = s.id
         AND gm.until IS NULL))
    LEFT JOIN scored sc ON sc.student_id = s.id AND sc.subject = tl.subject)
SELECT need.name, class, sb.name AS subject, marks, round(average, 2),
       (SELECT g.value FROM period_grade g WHERE g.student_id = need.student AND g.subject = need.subject
 AND g.year = (SELECT year FROM school) AND g.period = ?13) AS period_grade
FROM need LEFT JOIN subject sb ON sb.code = need.subject
ORDER BY class_grade, class, last_name, first_name, student, sb.rowid;
-- 2, 2, '2026-09-01', '2026-10-25', 'quarter', 7, 'quarter', 7, 'quarter', 1, 'quarter', 1, '1'
-- attendance, term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27
WITH cls AS (SELECT k.id, k.name, k.grade, k.scheme FROM class k WHERE k.year = (SELECT year FROM school) AND (k.id IN (?1))),
pupil AS MATERIALIZED (SELECT s.id, s.class_id FROM cls k CROSS JOIN student s ON s.class_id = k.id),
absent AS MATERIALIZED (SELECT a.student_id, NULL AS class_id, sum(a.code IN ('absent', 'sick', 'excused')) AS absences, sum(a.code = 'sick') AS sick,
      sum(a.code = 'excused') AS excused, sum(a.code = 'late') AS lates
    FROM (SELECT lc2.id FROM class lc2 WHERE lc2.id IN (?2)) lk
    CROSS JOIN lesson l ON l.class_id = lk.id AND l.date BETWEEN ?3 AND ?4
    CROSS JOIN attendance a ON a.lesson_id = l.id
    GROUP BY a.student_id)
SELECT s.last_name || ' ' || s.first_name || coalesce(' ' || s.middle_name, ''), k.name, coalesce(ab.absences, 0), coalesce(ab.sick, 0), coalesce(ab.excused, 0),
  coalesce(ab.lates, 0)
FROM student s JOIN cls k ON k.id = s.class_id
  LEFT JOIN absent ab ON ab.student_id = s.id
ORDER BY k.grade, k.name, s.last_name, s.first_name, s.id;
-- 2, 2, '2026-09-01', '2026-10-25'
