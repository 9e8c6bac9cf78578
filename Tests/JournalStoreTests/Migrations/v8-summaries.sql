BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE mark_summary (
    class_id INTEGER NOT NULL,
    month TEXT NOT NULL,
    subject TEXT NOT NULL,
    student_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    total INTEGER NOT NULL
    , PRIMARY KEY (class_id, month, subject, student_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER mark_summary_insert AFTER INSERT ON mark
BEGIN INSERT INTO mark_summary (class_id, month, subject, student_id, n, total)
SELECT l.class_id, substr(l.date, 1, 7), l.subject, NEW.student_id, 1, NEW.value FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total; END;
CREATE TRIGGER mark_summary_delete AFTER DELETE ON mark
BEGIN UPDATE mark_summary SET n = n - 1, total = total - OLD.value WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM mark_summary WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND n = 0 AND total = 0; END;
CREATE TRIGGER mark_summary_update AFTER UPDATE OF lesson_id, student_id, value ON mark
BEGIN UPDATE mark_summary SET n = n - 1, total = total - OLD.value WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM mark_summary WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND n = 0 AND total = 0; INSERT INTO mark_summary (class_id, month, subject, student_id, n, total)
SELECT l.class_id, substr(l.date, 1, 7), l.subject, NEW.student_id, 1, NEW.value FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total; END;
CREATE TRIGGER mark_summary_lesson_moved AFTER UPDATE OF id, date, class_id, subject ON lesson
WHEN NEW.id IS NOT OLD.id OR NEW.class_id IS NOT OLD.class_id OR substr(NEW.date, 1, 7) IS NOT substr(OLD.date, 1, 7) OR NEW.subject IS NOT OLD.subject
BEGIN
    UPDATE mark_summary SET n = n - (SELECT sum(1) FROM mark m WHERE m.lesson_id = OLD.id AND m.student_id = mark_summary.student_id), total = total - (SELECT sum(m.value) FROM mark m WHERE m.lesson_id = OLD.id AND m.student_id = mark_summary.student_id)
    WHERE class_id = OLD.class_id AND month = substr(OLD.date, 1, 7) AND subject = OLD.subject AND student_id IN (SELECT student_id FROM mark WHERE lesson_id = OLD.id);
    DELETE FROM mark_summary WHERE class_id = OLD.class_id AND month = substr(OLD.date, 1, 7) AND subject = OLD.subject AND n = 0 AND total = 0;
    INSERT INTO mark_summary (class_id, month, subject, student_id, n, total)
    SELECT NEW.class_id, substr(NEW.date, 1, 7), NEW.subject, m.student_id, sum(1), sum(m.value)
    FROM mark m WHERE m.lesson_id = NEW.id GROUP BY m.student_id
    ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total;
END;
CREATE TABLE attendance_summary (
    class_id INTEGER NOT NULL,
    month TEXT NOT NULL,
    subject TEXT NOT NULL,
    student_id TEXT NOT NULL,
    absences INTEGER NOT NULL,
    lates INTEGER NOT NULL
    , PRIMARY KEY (class_id, month, subject, student_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER attendance_summary_insert AFTER INSERT ON attendance
BEGIN INSERT INTO attendance_summary (class_id, month, subject, student_id, absences, lates)
SELECT l.class_id, substr(l.date, 1, 7), l.subject, NEW.student_id, (NEW.code IN ('absent', 'sick', 'excused')), (NEW.code = 'late') FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET absences = absences + excluded.absences, lates = lates + excluded.lates; END;
CREATE TRIGGER attendance_summary_delete AFTER DELETE ON attendance
BEGIN UPDATE attendance_summary SET absences = absences - (OLD.code IN ('absent', 'sick', 'excused')), lates = lates - (OLD.code = 'late') WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM attendance_summary WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND absences = 0 AND lates = 0; END;
CREATE TRIGGER attendance_summary_update AFTER UPDATE OF lesson_id, student_id, code ON attendance
BEGIN UPDATE attendance_summary SET absences = absences - (OLD.code IN ('absent', 'sick', 'excused')), lates = lates - (OLD.code = 'late') WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM attendance_summary WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND month = (SELECT substr(l.date, 1, 7) FROM lesson l WHERE l.id = OLD.lesson_id) AND subject = (SELECT l.subject FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND absences = 0 AND lates = 0; INSERT INTO attendance_summary (class_id, month, subject, student_id, absences, lates)
SELECT l.class_id, substr(l.date, 1, 7), l.subject, NEW.student_id, (NEW.code IN ('absent', 'sick', 'excused')), (NEW.code = 'late') FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET absences = absences + excluded.absences, lates = lates + excluded.lates; END;
CREATE TRIGGER attendance_summary_lesson_moved AFTER UPDATE OF id, date, class_id, subject ON lesson
WHEN NEW.id IS NOT OLD.id OR NEW.class_id IS NOT OLD.class_id OR substr(NEW.date, 1, 7) IS NOT substr(OLD.date, 1, 7) OR NEW.subject IS NOT OLD.subject
BEGIN
    UPDATE attendance_summary SET absences = absences - (SELECT sum((a.code IN ('absent', 'sick', 'excused'))) FROM attendance a WHERE a.lesson_id = OLD.id AND a.student_id = attendance_summary.student_id), lates = lates - (SELECT sum((a.code = 'late')) FROM attendance a WHERE a.lesson_id = OLD.id AND a.student_id = attendance_summary.student_id)
    WHERE class_id = OLD.class_id AND month = substr(OLD.date, 1, 7) AND subject = OLD.subject AND student_id IN (SELECT student_id FROM attendance WHERE lesson_id = OLD.id);
    DELETE FROM attendance_summary WHERE class_id = OLD.class_id AND month = substr(OLD.date, 1, 7) AND subject = OLD.subject AND absences = 0 AND lates = 0;
    INSERT INTO attendance_summary (class_id, month, subject, student_id, absences, lates)
    SELECT NEW.class_id, substr(NEW.date, 1, 7), NEW.subject, a.student_id, sum((a.code IN ('absent', 'sick', 'excused'))), sum((a.code = 'late'))
    FROM attendance a WHERE a.lesson_id = NEW.id GROUP BY a.student_id
    ON CONFLICT DO UPDATE SET absences = absences + excluded.absences, lates = lates + excluded.lates;
END;
CREATE TABLE mark_week (
    class_id INTEGER NOT NULL,
    week TEXT NOT NULL,
    student_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    total INTEGER NOT NULL
    , PRIMARY KEY (class_id, week, student_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER mark_week_insert AFTER INSERT ON mark
BEGIN INSERT INTO mark_week (class_id, week, student_id, n, total)
SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), NEW.student_id, 1, NEW.value FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total; END;
CREATE TRIGGER mark_week_delete AFTER DELETE ON mark
BEGIN UPDATE mark_week SET n = n - 1, total = total - OLD.value WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM mark_week WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND n = 0 AND total = 0; END;
CREATE TRIGGER mark_week_update AFTER UPDATE OF lesson_id, student_id, value ON mark
BEGIN UPDATE mark_week SET n = n - 1, total = total - OLD.value WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM mark_week WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND n = 0 AND total = 0; INSERT INTO mark_week (class_id, week, student_id, n, total)
SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), NEW.student_id, 1, NEW.value FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total; END;
CREATE TRIGGER mark_week_lesson_moved AFTER UPDATE OF id, date, class_id, subject ON lesson
WHEN NEW.id IS NOT OLD.id OR NEW.class_id IS NOT OLD.class_id OR date(NEW.date, 'weekday 0', '-6 days') IS NOT date(OLD.date, 'weekday 0', '-6 days')
BEGIN
    UPDATE mark_week SET n = n - (SELECT sum(1) FROM mark m WHERE m.lesson_id = OLD.id AND m.student_id = mark_week.student_id), total = total - (SELECT sum(m.value) FROM mark m WHERE m.lesson_id = OLD.id AND m.student_id = mark_week.student_id)
    WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND student_id IN (SELECT student_id FROM mark WHERE lesson_id = OLD.id);
    DELETE FROM mark_week WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND n = 0 AND total = 0;
    INSERT INTO mark_week (class_id, week, student_id, n, total)
    SELECT NEW.class_id, date(NEW.date, 'weekday 0', '-6 days'), m.student_id, sum(1), sum(m.value)
    FROM mark m WHERE m.lesson_id = NEW.id GROUP BY m.student_id
    ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total;
END;
CREATE TABLE attendance_week (
    class_id INTEGER NOT NULL,
    week TEXT NOT NULL,
    student_id TEXT NOT NULL,
    absences INTEGER NOT NULL,
    lates INTEGER NOT NULL
    , PRIMARY KEY (class_id, week, student_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER attendance_week_insert AFTER INSERT ON attendance
BEGIN INSERT INTO attendance_week (class_id, week, student_id, absences, lates)
SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), NEW.student_id, (NEW.code IN ('absent', 'sick', 'excused')), (NEW.code = 'late') FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET absences = absences + excluded.absences, lates = lates + excluded.lates; END;
CREATE TRIGGER attendance_week_delete AFTER DELETE ON attendance
BEGIN UPDATE attendance_week SET absences = absences - (OLD.code IN ('absent', 'sick', 'excused')), lates = lates - (OLD.code = 'late') WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM attendance_week WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND absences = 0 AND lates = 0; END;
CREATE TRIGGER attendance_week_update AFTER UPDATE OF lesson_id, student_id, code ON attendance
BEGIN UPDATE attendance_week SET absences = absences - (OLD.code IN ('absent', 'sick', 'excused')), lates = lates - (OLD.code = 'late') WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id;
DELETE FROM attendance_week WHERE class_id = (SELECT l.class_id FROM lesson l WHERE l.id = OLD.lesson_id) AND week = (SELECT date(l.date, 'weekday 0', '-6 days') FROM lesson l WHERE l.id = OLD.lesson_id) AND student_id = OLD.student_id AND absences = 0 AND lates = 0; INSERT INTO attendance_week (class_id, week, student_id, absences, lates)
SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), NEW.student_id, (NEW.code IN ('absent', 'sick', 'excused')), (NEW.code = 'late') FROM lesson l WHERE l.id = NEW.lesson_id
ON CONFLICT DO UPDATE SET absences = absences + excluded.absences, lates = lates + excluded.lates; END;
CREATE TRIGGER attendance_week_lesson_moved AFTER UPDATE OF id, date, class_id, subject ON lesson
WHEN NEW.id IS NOT OLD.id OR NEW.class_id IS NOT OLD.class_id OR date(NEW.date, 'weekday 0', '-6 days') IS NOT date(OLD.date, 'weekday 0', '-6 days')
BEGIN
    UPDATE attendance_week SET absences = absences - (SELECT sum((a.code IN ('absent', 'sick', 'excused'))) FROM attendance a WHERE a.lesson_id = OLD.id AND a.student_id = attendance_week.student_id), lates = lates - (SELECT sum((a.code = 'late')) FROM attendance a WHERE a.lesson_id = OLD.id AND a.student_id = attendance_week.student_id)
    WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND student_id IN (SELECT student_id FROM attendance WHERE lesson_id = OLD.id);
    DELETE FROM attendance_week WHERE class_id = OLD.class_id AND week = date(OLD.date, 'weekday 0', '-6 days') AND absences = 0 AND lates = 0;
    INSERT INTO attendance_week (class_id, week, student_id, absences, lates)
    SELECT NEW.class_id, date(NEW.date, 'weekday 0', '-6 days'), a.student_id, sum((a.code IN ('absent', 'sick', 'excused'))), sum((a.code = 'late'))
    FROM attendance a WHERE a.lesson_id = NEW.id GROUP BY a.student_id
    ON CONFLICT DO UPDATE SET absences = absences + excluded.absences, lates = lates + excluded.lates;
END;
DELETE FROM mark_summary;
INSERT INTO mark_summary SELECT l.class_id, substr(l.date, 1, 7), l.subject, m.student_id, sum(1), sum(m.value)
FROM mark m JOIN lesson l ON l.id = m.lesson_id
GROUP BY 1, 2, 3, 4;
DELETE FROM attendance_summary;
INSERT INTO attendance_summary SELECT l.class_id, substr(l.date, 1, 7), l.subject, a.student_id, sum((a.code IN ('absent', 'sick', 'excused'))), sum((a.code = 'late'))
FROM attendance a JOIN lesson l ON l.id = a.lesson_id
GROUP BY 1, 2, 3, 4;
DELETE FROM mark_week;
INSERT INTO mark_week SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), m.student_id, sum(1), sum(m.value)
FROM mark m JOIN lesson l ON l.id = m.lesson_id
GROUP BY 1, 2, 3;
DELETE FROM attendance_week;
INSERT INTO attendance_week SELECT l.class_id, date(l.date, 'weekday 0', '-6 days'), a.student_id, sum((a.code IN ('absent', 'sick', 'excused'))), sum((a.code = 'late'))
FROM attendance a JOIN lesson l ON l.id = a.lesson_id
GROUP BY 1, 2, 3;
COMMIT TRANSACTION
