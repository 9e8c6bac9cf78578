BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE lesson_week (
    class_id INTEGER NOT NULL,
    week TEXT NOT NULL,
    subject TEXT NOT NULL,
    teacher TEXT NOT NULL,
    n INTEGER NOT NULL,
    topics INTEGER NOT NULL,
    homework INTEGER NOT NULL,
    PRIMARY KEY (class_id, week, subject, teacher)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER lesson_week_insert AFTER INSERT ON lesson
BEGIN INSERT INTO lesson_week (class_id, week, subject, teacher, n, topics, homework)
VALUES (NEW.class_id, date(NEW.date, 'weekday 0', '-6 days'), NEW.subject, coalesce(NEW.substitute, NEW.teacher), 1, (coalesce(NEW.topic, '') <> ''), (coalesce(NEW.homework, '') <> ''))
ON CONFLICT DO UPDATE SET n = n + excluded.n, topics = topics + excluded.topics, homework = homework + excluded.homework; END;
CREATE TRIGGER lesson_week_delete AFTER DELETE ON lesson
BEGIN UPDATE lesson_week SET n = n - 1, topics = topics - (coalesce(OLD.topic, '') <> ''), homework = homework - (coalesce(OLD.homework, '') <> '') WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject AND teacher = coalesce(OLD.substitute, OLD.teacher);
DELETE FROM lesson_week WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject AND teacher = coalesce(OLD.substitute, OLD.teacher) AND n = 0; END;
CREATE TRIGGER lesson_week_update
AFTER UPDATE OF date, class_id, subject, teacher, substitute, topic, homework ON lesson
BEGIN UPDATE lesson_week SET n = n - 1, topics = topics - (coalesce(OLD.topic, '') <> ''), homework = homework - (coalesce(OLD.homework, '') <> '') WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject AND teacher = coalesce(OLD.substitute, OLD.teacher);
DELETE FROM lesson_week WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND subject = OLD.subject AND teacher = coalesce(OLD.substitute, OLD.teacher) AND n = 0; INSERT INTO lesson_week (class_id, week, subject, teacher, n, topics, homework)
VALUES (NEW.class_id, date(NEW.date, 'weekday 0', '-6 days'), NEW.subject, coalesce(NEW.substitute, NEW.teacher), 1, (coalesce(NEW.topic, '') <> ''), (coalesce(NEW.homework, '') <> ''))
ON CONFLICT DO UPDATE SET n = n + excluded.n, topics = topics + excluded.topics, homework = homework + excluded.homework; END;
CREATE TABLE lesson_teacher_week (
    week TEXT NOT NULL,
    scheme TEXT NOT NULL,
    teacher TEXT NOT NULL,
    n INTEGER NOT NULL,
    topics INTEGER NOT NULL,
    homework INTEGER NOT NULL,
    PRIMARY KEY (week, scheme, teacher)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER lesson_teacher_week_insert AFTER INSERT ON lesson
BEGIN INSERT INTO lesson_teacher_week (week, scheme, teacher, n, topics, homework)
VALUES (date(NEW.date, 'weekday 0', '-6 days'), (SELECT c.scheme FROM class c WHERE c.id = NEW.class_id), coalesce(NEW.substitute, NEW.teacher), 1, (coalesce(NEW.topic, '') <> ''), (coalesce(NEW.homework, '') <> ''))
ON CONFLICT DO UPDATE SET n = n + excluded.n, topics = topics + excluded.topics, homework = homework + excluded.homework; END;
CREATE TRIGGER lesson_teacher_week_delete AFTER DELETE ON lesson
BEGIN UPDATE lesson_teacher_week SET n = n - 1, topics = topics - (coalesce(OLD.topic, '') <> ''), homework = homework - (coalesce(OLD.homework, '') <> '') WHERE week = date(OLD.date, 'weekday 0', '-6 days') AND scheme = (SELECT c.scheme FROM class c WHERE c.id = OLD.class_id) AND teacher = coalesce(OLD.substitute, OLD.teacher);
DELETE FROM lesson_teacher_week WHERE week = date(OLD.date, 'weekday 0', '-6 days') AND scheme = (SELECT c.scheme FROM class c WHERE c.id = OLD.class_id) AND teacher = coalesce(OLD.substitute, OLD.teacher) AND n = 0; END;
CREATE TRIGGER lesson_teacher_week_update
AFTER UPDATE OF date, class_id, subject, teacher, substitute, topic, homework ON lesson
BEGIN UPDATE lesson_teacher_week SET n = n - 1, topics = topics - (coalesce(OLD.topic, '') <> ''), homework = homework - (coalesce(OLD.homework, '') <> '') WHERE week = date(OLD.date, 'weekday 0', '-6 days') AND scheme = (SELECT c.scheme FROM class c WHERE c.id = OLD.class_id) AND teacher = coalesce(OLD.substitute, OLD.teacher);
DELETE FROM lesson_teacher_week WHERE week = date(OLD.date, 'weekday 0', '-6 days') AND scheme = (SELECT c.scheme FROM class c WHERE c.id = OLD.class_id) AND teacher = coalesce(OLD.substitute, OLD.teacher) AND n = 0; INSERT INTO lesson_teacher_week (week, scheme, teacher, n, topics, homework)
VALUES (date(NEW.date, 'weekday 0', '-6 days'), (SELECT c.scheme FROM class c WHERE c.id = NEW.class_id), coalesce(NEW.substitute, NEW.teacher), 1, (coalesce(NEW.topic, '') <> ''), (coalesce(NEW.homework, '') <> ''))
ON CONFLICT DO UPDATE SET n = n + excluded.n, topics = topics + excluded.topics, homework = homework + excluded.homework; END;
CREATE TRIGGER lesson_teacher_week_scheme AFTER UPDATE OF id, scheme ON class
BEGIN
    DELETE FROM lesson_teacher_week;
    INSERT INTO lesson_teacher_week SELECT date(l.date, 'weekday 0', '-6 days'), (SELECT c.scheme FROM class c WHERE c.id = l.class_id), coalesce(l.substitute, l.teacher), sum(1), sum((coalesce(l.topic, '') <> '')), sum((coalesce(l.homework, '') <> '')) FROM lesson l GROUP BY 1, 2, 3;
END;
DELETE FROM lesson_week;
INSERT INTO lesson_week SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), l.subject, coalesce(l.substitute, l.teacher), sum(1), sum((coalesce(l.topic, '') <> '')), sum((coalesce(l.homework, '') <> '')) FROM lesson l GROUP BY 1, 2, 3, 4;
DELETE FROM lesson_teacher_week;
INSERT INTO lesson_teacher_week SELECT date(l.date, 'weekday 0', '-6 days'), (SELECT c.scheme FROM class c WHERE c.id = l.class_id), coalesce(l.substitute, l.teacher), sum(1), sum((coalesce(l.topic, '') <> '')), sum((coalesce(l.homework, '') <> '')) FROM lesson l GROUP BY 1, 2, 3;
COMMIT TRANSACTION
