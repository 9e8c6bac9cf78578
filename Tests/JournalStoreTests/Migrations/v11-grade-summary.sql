BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE grade_summary (
    year TEXT NOT NULL,
    period TEXT NOT NULL,
    student_id TEXT NOT NULL,
    low INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (year, period, student_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER grade_summary_insert AFTER INSERT ON period_grade
BEGIN DELETE FROM grade_summary WHERE year = NEW.year AND period = NEW.period AND student_id = NEW.student_id;
INSERT INTO grade_summary SELECT NEW.year, NEW.period, NEW.student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END), sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END), count(*) FROM period_grade WHERE student_id = NEW.student_id AND +year = NEW.year AND +period = NEW.period AND value IN ('2', '3', '4', '5', 'н/а') HAVING count(*) > 0; END;
CREATE TRIGGER grade_summary_delete AFTER DELETE ON period_grade
BEGIN DELETE FROM grade_summary WHERE year = OLD.year AND period = OLD.period AND student_id = OLD.student_id;
INSERT INTO grade_summary SELECT OLD.year, OLD.period, OLD.student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END), sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END), count(*) FROM period_grade WHERE student_id = OLD.student_id AND +year = OLD.year AND +period = OLD.period AND value IN ('2', '3', '4', '5', 'н/а') HAVING count(*) > 0; END;
CREATE TRIGGER grade_summary_update AFTER UPDATE OF student_id, year, period, value ON period_grade
BEGIN DELETE FROM grade_summary WHERE year = OLD.year AND period = OLD.period AND student_id = OLD.student_id;
INSERT INTO grade_summary SELECT OLD.year, OLD.period, OLD.student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END), sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END), count(*) FROM period_grade WHERE student_id = OLD.student_id AND +year = OLD.year AND +period = OLD.period AND value IN ('2', '3', '4', '5', 'н/а') HAVING count(*) > 0; DELETE FROM grade_summary WHERE year = NEW.year AND period = NEW.period AND student_id = NEW.student_id;
INSERT INTO grade_summary SELECT NEW.year, NEW.period, NEW.student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END), sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END), count(*) FROM period_grade WHERE student_id = NEW.student_id AND +year = NEW.year AND +period = NEW.period AND value IN ('2', '3', '4', '5', 'н/а') HAVING count(*) > 0; END;
DELETE FROM grade_summary;
INSERT INTO grade_summary SELECT year, period, student_id, min(CASE value WHEN 'н/а' THEN 1 ELSE CAST(value AS INTEGER) END), sum(CASE value WHEN '5' THEN 100 WHEN '4' THEN 64 WHEN '3' THEN 36 WHEN '2' THEN 16 ELSE 7 END), count(*) FROM period_grade WHERE value IN ('2', '3', '4', '5', 'н/а') GROUP BY year, period, student_id;
COMMIT TRANSACTION
