BEGIN IMMEDIATE TRANSACTION;
CREATE TABLE enrolment (
    id INTEGER PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,
    class_id INTEGER NOT NULL REFERENCES class(id),
    since TEXT NOT NULL CHECK (date(since) IS since),
    until TEXT CHECK (until IS NULL OR date(until) IS until),
    reason TEXT,
    CHECK (until IS NULL OR since <= until)
) STRICT;
CREATE INDEX enrolment_by_student ON enrolment(student_id, since);
CREATE INDEX enrolment_by_class ON enrolment(class_id);
INSERT INTO enrolment (student_id, class_id, since)
    SELECT s.id, s.class_id, substr(c.year, 1, 4) || '-09-01'
    FROM student s JOIN class c ON c.id = s.class_id;
-- A log-in of a staff member, student or parent. Only a slow salted hash of the
-- password is kept (PBKDF2-SHA256: "pbkdf2-sha256$ROUNDS$SALT$HASH", base64).
CREATE TABLE account (
    user_id TEXT PRIMARY KEY CHECK (user_id <> ''),
    login TEXT NOT NULL UNIQUE CHECK (login <> ''),
    password_hash TEXT NOT NULL CHECK (password_hash GLOB 'pbkdf2-sha256$*'),
    must_change INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
    issued_at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', issued_at) IS issued_at),
    issued_by TEXT
) STRICT;
CREATE TABLE remark (
    id INTEGER PRIMARY KEY,
    teacher TEXT NOT NULL REFERENCES staff(id),
    class_id INTEGER REFERENCES class(id),
    subject TEXT REFERENCES subject(code),
    text TEXT NOT NULL CHECK (text <> ''),
    made_by TEXT REFERENCES staff(id),
    made_at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', made_at) IS made_at),
    due TEXT NOT NULL CHECK (date(due) IS due),
    resolved_at TEXT CHECK (resolved_at IS NULL OR strftime('%Y-%m-%d %H:%M', resolved_at) IS resolved_at),
    resolution TEXT
) STRICT;
CREATE INDEX remark_by_teacher ON remark(teacher, due);
CREATE TABLE exam_result (
    student_id TEXT NOT NULL REFERENCES student(id),
    subject TEXT NOT NULL REFERENCES subject(code),
    exam TEXT NOT NULL CHECK (exam IN ('ОГЭ', 'ЕГЭ', 'ГВЭ')),
    taken_on TEXT NOT NULL CHECK (date(taken_on) IS taken_on),
    received_on TEXT CHECK (received_on IS NULL OR date(received_on) IS received_on),
    score INTEGER NOT NULL CHECK (score >= 0),
    mark INTEGER CHECK (mark IS NULL OR mark BETWEEN 2 AND 5),
    entered_at TEXT NOT NULL CHECK (strftime('%Y-%m-%d %H:%M', entered_at) IS entered_at),
    entered_by TEXT REFERENCES staff(id),
    PRIMARY KEY (student_id, subject, exam)
) STRICT;
ALTER TABLE mark_correction ADD COLUMN status TEXT NOT NULL DEFAULT 'approved'
    CHECK (status IN ('own', 'requested', 'approved', 'rejected'));
-- PRAGMA 'main'.quick_check='mark_correction';
ALTER TABLE mark_correction ADD COLUMN decision_note TEXT;
ALTER TABLE mark_correction ADD COLUMN decided_at TEXT
    CHECK (decided_at IS NULL OR strftime('%Y-%m-%d %H:%M', decided_at) IS decided_at);
-- PRAGMA 'main'.quick_check='mark_correction';
UPDATE mark_correction SET status = CASE WHEN approved_by IS NULL THEN 'requested' ELSE 'approved' END,
    decided_at = CASE WHEN approved_by IS NULL THEN NULL ELSE at END;
COMMIT TRANSACTION
