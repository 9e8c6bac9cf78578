BEGIN IMMEDIATE TRANSACTION;
ALTER TABLE student ADD COLUMN left_on TEXT CHECK (left_on IS NULL OR date(left_on) IS left_on);
-- PRAGMA 'main'.quick_check='student';
ALTER TABLE student ADD COLUMN left_reason TEXT
    CHECK (left_reason IS NULL OR left_reason IN ('graduated', 'left'));
-- PRAGMA 'main'.quick_check='student';
ALTER TABLE class ADD COLUMN promoted_from INTEGER REFERENCES class(id);
ALTER TABLE teaching_load ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
-- PRAGMA 'main'.quick_check='teaching_load';
CREATE TABLE promotion_order (
    id INTEGER PRIMARY KEY,
    year TEXT NOT NULL UNIQUE REFERENCES school_year(year),
    number TEXT NOT NULL CHECK (number <> ''),
    date TEXT NOT NULL CHECK (date(date) IS date),
    made_at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', made_at) IS made_at)
) STRICT;
CREATE TABLE promotion (
    order_id INTEGER NOT NULL REFERENCES promotion_order(id),
    student_id TEXT NOT NULL REFERENCES student(id),
    from_class INTEGER NOT NULL REFERENCES class(id),
    to_class INTEGER REFERENCES class(id),
    outcome TEXT NOT NULL
        CHECK (outcome IN ('promoted', 'conditional', 'retained', 'left', 'graduated')),
    PRIMARY KEY (order_id, student_id)
) STRICT;
COMMIT TRANSACTION
