BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE mark_day (
    class_id INTEGER NOT NULL,
    date TEXT NOT NULL,
    n INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (class_id, date)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER mark_day_insert AFTER INSERT ON mark
BEGIN INSERT INTO mark_day SELECT class_id, date, 1, NEW.value FROM lesson WHERE id = NEW.lesson_id ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total; END;
CREATE TRIGGER mark_day_delete AFTER DELETE ON mark
BEGIN UPDATE mark_day SET n = n - 1, total = total - OLD.value WHERE class_id = (SELECT class_id FROM lesson WHERE id = OLD.lesson_id) AND date = (SELECT date FROM lesson WHERE id = OLD.lesson_id);
DELETE FROM mark_day WHERE class_id = (SELECT class_id FROM lesson WHERE id = OLD.lesson_id) AND date = (SELECT date FROM lesson WHERE id = OLD.lesson_id) AND n = 0; END;
CREATE TRIGGER mark_day_update AFTER UPDATE OF lesson_id, value ON mark
BEGIN UPDATE mark_day SET n = n - 1, total = total - OLD.value WHERE class_id = (SELECT class_id FROM lesson WHERE id = OLD.lesson_id) AND date = (SELECT date FROM lesson WHERE id = OLD.lesson_id);
DELETE FROM mark_day WHERE class_id = (SELECT class_id FROM lesson WHERE id = OLD.lesson_id) AND date = (SELECT date FROM lesson WHERE id = OLD.lesson_id) AND n = 0; INSERT INTO mark_day SELECT class_id, date, 1, NEW.value FROM lesson WHERE id = NEW.lesson_id ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total; END;
CREATE TRIGGER mark_day_lesson_moved AFTER UPDATE OF id, date, class_id ON lesson
WHEN NEW.id IS NOT OLD.id OR NEW.date IS NOT OLD.date OR NEW.class_id IS NOT OLD.class_id
BEGIN
    UPDATE mark_day SET n = n - (SELECT count(*) FROM mark WHERE lesson_id = OLD.id),
        total = total - (SELECT coalesce(sum(value), 0) FROM mark WHERE lesson_id = OLD.id)
    WHERE class_id = OLD.class_id AND date = OLD.date;
    DELETE FROM mark_day WHERE class_id = OLD.class_id AND date = OLD.date AND n = 0;
    INSERT INTO mark_day SELECT NEW.class_id, NEW.date, count(*), sum(value)
    FROM mark WHERE lesson_id = NEW.id GROUP BY lesson_id ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total;
END;
DELETE FROM mark_day;
INSERT INTO mark_day SELECT l.class_id, l.date, count(*), sum(m.value) FROM lesson l JOIN mark m ON m.lesson_id = l.id GROUP BY 1, 2;
COMMIT TRANSACTION
