BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE school_year (
    year TEXT PRIMARY KEY
        CHECK (year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'
               AND CAST(substr(year, 6, 4) AS INTEGER) = CAST(substr(year, 1, 4) AS INTEGER) + 1),
    closed_at TEXT CHECK (closed_at IS NULL OR strftime('%Y-%m-%d %H:%M', closed_at) IS closed_at)
) STRICT;
CREATE TABLE school (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (name <> ''),
    year TEXT NOT NULL REFERENCES school_year(year),
    today TEXT CHECK (today IS NULL OR date(today) IS today)
) STRICT;
CREATE TABLE study_period (
    year TEXT NOT NULL REFERENCES school_year(year),
    scheme TEXT NOT NULL CHECK (scheme IN ('quarter', 'half', 'trimester')),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 4),
    start TEXT NOT NULL CHECK (date(start) IS start),
    "end" TEXT NOT NULL CHECK (date("end") IS "end"),
    PRIMARY KEY (year, scheme, number),
    CHECK (start <= "end")
) STRICT;
CREATE TABLE subject (
    code TEXT PRIMARY KEY CHECK (code <> ''),
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    parent TEXT REFERENCES subject(code),
    is_foreign_language INTEGER NOT NULL DEFAULT 0 CHECK (is_foreign_language IN (0, 1)),
    CHECK (parent IS NULL OR parent <> code)
) STRICT;
CREATE TABLE staff (
    id TEXT PRIMARY KEY CHECK (id <> ''),
    last_name TEXT NOT NULL CHECK (last_name <> ''),
    first_name TEXT NOT NULL CHECK (first_name <> ''),
    middle_name TEXT,
    email TEXT,
    phone TEXT
) STRICT;
CREATE TABLE staff_role (
    staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('director', 'deputy', 'operator', 'teacher', 'class_teacher')),
    position INTEGER NOT NULL,
    PRIMARY KEY (staff_id, role)
) STRICT;
CREATE TABLE class (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 11),
    year TEXT NOT NULL REFERENCES school_year(year),
    scheme TEXT NOT NULL CHECK (scheme IN ('quarter', 'half', 'trimester')),
    class_teacher TEXT REFERENCES staff(id),
    UNIQUE (year, name)
) STRICT;
CREATE TABLE student (
    id TEXT PRIMARY KEY CHECK (id <> ''),
    last_name TEXT NOT NULL CHECK (last_name <> ''),
    first_name TEXT NOT NULL CHECK (first_name <> ''),
    middle_name TEXT,
    sex TEXT CHECK (sex IN ('m', 'f')),
    birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) IS birth_date),
    class_id INTEGER REFERENCES class(id),
    risk_group TEXT CHECK (risk_group IS NULL OR risk_group <> '')
) STRICT;
CREATE TABLE parent (
    id TEXT PRIMARY KEY CHECK (id <> ''),
    last_name TEXT NOT NULL CHECK (last_name <> ''),
    first_name TEXT NOT NULL CHECK (first_name <> ''),
    middle_name TEXT,
    phone TEXT,
    email TEXT
) STRICT;
CREATE TABLE parent_child (
    parent_id TEXT NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
    student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (parent_id, student_id)
) STRICT;
CREATE TABLE class_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    class_id INTEGER NOT NULL REFERENCES class(id),
    subject TEXT NOT NULL REFERENCES subject(code),
    UNIQUE (class_id, name)
) STRICT;
CREATE TABLE group_member (
    group_id INTEGER NOT NULL REFERENCES class_group(id) ON DELETE CASCADE,
    student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, student_id)
) STRICT;
CREATE TABLE teaching_load (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES class(id),
    group_id INTEGER REFERENCES class_group(id),
    subject TEXT NOT NULL REFERENCES subject(code),
    teacher TEXT NOT NULL REFERENCES staff(id),
    hours_per_week ANY NOT NULL
        CHECK (typeof(hours_per_week) IN ('integer', 'real') AND hours_per_week > 0)
) STRICT;
CREATE TABLE timetable_entry (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES class(id),
    group_id INTEGER REFERENCES class_group(id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 12),
    subject TEXT NOT NULL REFERENCES subject(code),
    teacher TEXT NOT NULL REFERENCES staff(id),
    room TEXT,
    valid_from TEXT NOT NULL CHECK (date(valid_from) IS valid_from),
    valid_to TEXT CHECK (valid_to IS NULL OR date(valid_to) IS valid_to),
    CHECK (valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
CREATE TABLE plan_topic (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES class(id),
    group_id INTEGER REFERENCES class_group(id),
    subject TEXT NOT NULL REFERENCES subject(code),
    number INTEGER NOT NULL CHECK (number >= 1),
    topic TEXT NOT NULL CHECK (topic <> ''),
    planned_date TEXT CHECK (planned_date IS NULL OR date(planned_date) IS planned_date)
) STRICT;
CREATE TABLE lesson (
    id TEXT PRIMARY KEY CHECK (id <> ''),
    date TEXT NOT NULL CHECK (date(date) IS date),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 12),
    class_id INTEGER NOT NULL REFERENCES class(id),
    group_id INTEGER REFERENCES class_group(id),
    subject TEXT NOT NULL REFERENCES subject(code),
    teacher TEXT NOT NULL REFERENCES staff(id),
    substitute TEXT REFERENCES staff(id),
    topic TEXT,
    homework TEXT,
    entered_at TEXT CHECK (entered_at IS NULL OR strftime('%Y-%m-%d %H:%M', entered_at) IS entered_at)
) STRICT;
CREATE TABLE mark (
    id TEXT PRIMARY KEY CHECK (id <> ''),
    lesson_id TEXT NOT NULL REFERENCES lesson(id),
    student_id TEXT NOT NULL REFERENCES student(id),
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    kind TEXT NOT NULL CHECK (kind IN ('answer', 'classwork', 'homework', 'independent', 'test', 'control', 'dictation', 'essay', 'exposition', 'lab', 'practical')),
    entered_at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', entered_at) IS entered_at),
    entered_by TEXT NOT NULL REFERENCES staff(id)
) STRICT;
CREATE TABLE attendance (
    lesson_id TEXT NOT NULL REFERENCES lesson(id),
    student_id TEXT NOT NULL REFERENCES student(id),
    code TEXT NOT NULL CHECK (code IN ('absent', 'sick', 'excused', 'late')),
    entered_at TEXT CHECK (entered_at IS NULL OR strftime('%Y-%m-%d %H:%M', entered_at) IS entered_at),
    PRIMARY KEY (lesson_id, student_id)
) STRICT;
CREATE TABLE period_grade (
    student_id TEXT NOT NULL REFERENCES student(id),
    subject TEXT NOT NULL REFERENCES subject(code),
    year TEXT NOT NULL REFERENCES school_year(year),
    period TEXT NOT NULL CHECK (period IN ('1', '2', '3', '4', 'year', 'exam', 'final')),
    value TEXT NOT NULL CHECK (value IN ('2', '3', '4', '5', 'н/а', 'осв', 'зач', 'незач')),
    entered_at TEXT CHECK (entered_at IS NULL OR strftime('%Y-%m-%d %H:%M', entered_at) IS entered_at),
    entered_by TEXT REFERENCES staff(id),
    PRIMARY KEY (student_id, subject, year, period)
) STRICT;
-- A log-in of any user: staff, student or parent. The user's kind is
-- known by which of the three tables holds the id (ids never repeat
-- across them; the importer checks it).
CREATE TABLE visit (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL CHECK (user_id <> ''),
    at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', at) IS at)
) STRICT;
CREATE TABLE mark_correction (
    id INTEGER PRIMARY KEY,
    mark_id TEXT NOT NULL REFERENCES mark(id),
    old_value INTEGER NOT NULL CHECK (old_value BETWEEN 1 AND 5),
    new_value INTEGER NOT NULL CHECK (new_value BETWEEN 1 AND 5),
    requested_by TEXT NOT NULL REFERENCES staff(id),
    approved_by TEXT REFERENCES staff(id),
    at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', at) IS at),
    reason TEXT
) STRICT;
COMMIT TRANSACTION
