BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE mark_teacher_week (
    class_id INTEGER NOT NULL,
    week TEXT NOT NULL,
    subject TEXT NOT NULL,
    teacher TEXT NOT NULL,
    n INTEGER NOT NULL,
    late INTEGER NOT NULL,
    PRIMARY KEY (class_id, week, subject, teacher)
) STRICT, WITHOUT ROWID;
CREATE VIEW mark_teacher_rows AS
SELECT m.id AS mark_id, l.id AS lesson_id, l.class_id AS class_id,
    date(l.date, 'weekday 0', '-6 days') AS week, l.subject AS subject, l.teacher AS teacher,
    (CASE WHEN CAST(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) AS INTEGER) > (CASE
    WHEN m.kind IN ('essay', 'exposition') THEN 7
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent')
         AND l.subject IN (SELECT f.code FROM subject f WHERE f.is_foreign_language = 1) THEN 7
    WHEN m.kind = 'control' AND lc.grade >= 10 AND l.subject IN (
         SELECT f.code FROM subject f LEFT JOIN subject pf ON pf.code = f.parent
         WHERE f.code = 'math' OR f.name = 'Математика' OR pf.code = 'math' OR pf.name = 'Математика') THEN 7
    WHEN m.kind IN ('control', 'test', 'dictation', 'independent') THEN 3
    ELSE 0
END) THEN 1 ELSE 0 END) AS late
FROM lesson l JOIN class lc ON lc.id = l.class_id JOIN mark m ON m.lesson_id = l.id;
CREATE TRIGGER mark_teacher_week_insert AFTER INSERT ON mark
BEGIN INSERT INTO mark_teacher_week (class_id, week, subject, teacher, n, late)
SELECT class_id, week, subject, teacher, 1, late FROM mark_teacher_rows WHERE mark_id = NEW.id ON CONFLICT DO UPDATE SET n = n + excluded.n, late = late + excluded.late; END;
CREATE TRIGGER mark_teacher_week_delete BEFORE DELETE ON mark
BEGIN UPDATE mark_teacher_week SET n = n - 1,
    late = late - (SELECT late FROM mark_teacher_rows WHERE mark_id = OLD.id)
WHERE (class_id, week, subject, teacher) = (SELECT class_id, week, subject, teacher FROM mark_teacher_rows WHERE mark_id = OLD.id);
DELETE FROM mark_teacher_week WHERE (class_id, week, subject, teacher) = (SELECT class_id, week, subject, teacher FROM mark_teacher_rows WHERE mark_id = OLD.id) AND n = 0; END;
CREATE TRIGGER mark_teacher_week_leave BEFORE UPDATE OF lesson_id, kind, entered_at ON mark
BEGIN UPDATE mark_teacher_week SET n = n - 1,
    late = late - (SELECT late FROM mark_teacher_rows WHERE mark_id = OLD.id)
WHERE (class_id, week, subject, teacher) = (SELECT class_id, week, subject, teacher FROM mark_teacher_rows WHERE mark_id = OLD.id);
DELETE FROM mark_teacher_week WHERE (class_id, week, subject, teacher) = (SELECT class_id, week, subject, teacher FROM mark_teacher_rows WHERE mark_id = OLD.id) AND n = 0; END;
CREATE TRIGGER mark_teacher_week_join AFTER UPDATE OF lesson_id, kind, entered_at ON mark
BEGIN INSERT INTO mark_teacher_week (class_id, week, subject, teacher, n, late)
SELECT class_id, week, subject, teacher, 1, late FROM mark_teacher_rows WHERE mark_id = NEW.id ON CONFLICT DO UPDATE SET n = n + excluded.n, late = late + excluded.late; END;
CREATE TRIGGER mark_teacher_week_lesson_leave BEFORE UPDATE OF id, date, class_id, subject, teacher ON lesson
BEGIN
    UPDATE mark_teacher_week SET n = n - (SELECT count(*) FROM mark WHERE lesson_id = OLD.id),
        late = late - (SELECT coalesce(sum(late), 0) FROM mark_teacher_rows WHERE lesson_id = OLD.id)
    WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject AND teacher = OLD.teacher;
    DELETE FROM mark_teacher_week WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject AND teacher = OLD.teacher AND n = 0;
END;
CREATE TRIGGER mark_teacher_week_lesson_join AFTER UPDATE OF id, date, class_id, subject, teacher ON lesson
BEGIN
    INSERT INTO mark_teacher_week (class_id, week, subject, teacher, n, late)
    SELECT class_id, week, subject, teacher, count(*), sum(late) FROM mark_teacher_rows WHERE lesson_id = NEW.id
    GROUP BY lesson_id ON CONFLICT DO UPDATE SET n = n + excluded.n, late = late + excluded.late;
END;
CREATE TRIGGER mark_teacher_week_grade AFTER UPDATE OF id, grade ON class
BEGIN
    DELETE FROM mark_teacher_week WHERE class_id IN (OLD.id, NEW.id);
    INSERT INTO mark_teacher_week SELECT class_id, week, subject, teacher, sum(n), sum(late) FROM (
    SELECT class_id, week, subject, teacher, count(*) AS n, sum(late) AS late FROM mark_teacher_rows WHERE class_id IN (OLD.id, NEW.id) GROUP BY lesson_id)
GROUP BY 1, 2, 3, 4;
END;
CREATE TRIGGER mark_teacher_week_subject
AFTER UPDATE OF code, name, parent, is_foreign_language ON subject
BEGIN
    DELETE FROM mark_teacher_week;
    INSERT INTO mark_teacher_week SELECT class_id, week, subject, teacher, sum(n), sum(late) FROM (
    SELECT class_id, week, subject, teacher, count(*) AS n, sum(late) AS late FROM mark_teacher_rows GROUP BY lesson_id)
GROUP BY 1, 2, 3, 4;
END;
DELETE FROM mark_teacher_week;
INSERT INTO mark_teacher_week SELECT class_id, week, subject, teacher, sum(n), sum(late) FROM (
    SELECT class_id, week, subject, teacher, count(*) AS n, sum(late) AS late FROM mark_teacher_rows GROUP BY lesson_id)
GROUP BY 1, 2, 3, 4;
COMMIT TRANSACTION
