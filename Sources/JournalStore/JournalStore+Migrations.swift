import GRDB

extension JournalStore {
    /// The store's schema, as an append-only list of migrations.
    ///
    /// A migration that has shipped is never edited: a later change to the schema
    /// is a new migration appended at the end. GRDB runs each one in a transaction
    /// and records its name, so a store file opened by a newer `ejournal` is
    /// brought up to date on open.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-journal", migrate: createJournal)
        migrator.registerMigration("v1-indexes", migrate: createIndexes)
        migrator.registerMigration("v2-backups", migrate: createBackupLog)
        migrator.registerMigration("v3-closed-years", migrate: protectClosedYears)
        migrator.registerMigration("v4-keeping", migrate: createKeeping)
        migrator.registerMigration("v4-correction-rule", migrate: enforceCorrectionRule)
        migrator.registerMigration("v5-year-life", migrate: createYearLife)
        migrator.registerMigration("v6-folders", migrate: createFolderSettings)
        migrator.registerMigration("v6-credential-reissue", migrate: createCredentialReissues)
        migrator.registerMigration("v6-login-throttle", migrate: createLogInThrottle)
        migrator.registerMigration("v6-argon2id-passwords", migrate: allowArgon2idPasswords)
        migrator.registerMigration("v6-store-rules", migrate: enforceStoreRules)
        migrator.registerMigration("v6-change-trail", migrate: createChangeTrail)
        migrator.registerMigration("v7-group-member-dates", migrate: dateGroupMembers)
        migrator.registerMigration("v7-enrolment-orders", migrate: recordEnrolmentOrders)
        migrator.registerMigration("v8-summaries", migrate: createSummaries)
        migrator.registerMigration("v9-lesson-summary", migrate: createLessonSummary)
        migrator.registerMigration("v9-teacher-marks", migrate: createTeacherMarks)
        migrator.registerMigration("v10-mark-day", migrate: createMarkDay)
        migrator.registerMigration("v11-grade-summary", migrate: createGradeSummary)
        return migrator
    }

    /// Every closed set of values the regulation and the data format name: the importer, the
    /// language's writing statements, completion and `.schema` read them from here. The schema's
    /// CHECKs spell them out in the migrations, as they were when each shipped: a change of a set
    /// is a new migration (and `MigrationFreezeTests` fails until it is one).
    public enum Vocabulary {
        public static let schemes = ["quarter", "half", "trimester"]
        public static let roles = ["director", "deputy", "operator", "teacher", "class_teacher"]
        public static let markKinds = [
            "answer", "classwork", "homework", "independent", "test", "control",
            "dictation", "essay", "exposition", "lab", "practical",
        ]
        public static let attendanceCodes = ["absent", "sick", "excused", "late"]
        public static let gradeValues = ["2", "3", "4", "5", "н/а", "осв", "зач", "незач"]
        public static let gradePeriods = ["year", "exam", "final"]
        /// A correction of a mark (R18): the teacher's own on the day of entry, or a request the
        /// director decides.
        public static let correctionStatuses = ["own", "requested", "approved", "rejected"]
        /// State exams (R29): ОГЭ after grade 9, ЕГЭ after grade 11, ГВЭ in their place.
        public static let exams = ["ОГЭ", "ЕГЭ", "ГВЭ"]
        /// Russian one-letter attendance codes, accepted beside the stored names.
        public static let attendanceAliases = [
            "н": "absent", "б": "sick", "у": "excused", "о": "late", "уп": "excused", "оп": "late",
        ]
    }

    // SQLite's date() and strftime() give back their input unchanged only for a
    // real calendar date or time in exactly this shape: that is the check.
    private static func isDate(_ column: String) -> String {
        "date(\(column)) IS \(column)"
    }

    static func isTimestamp(_ column: String) -> String {
        "strftime('%Y-%m-%d %H:%M', \(column)) IS \(column)"
    }

    private static func createJournal(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE school_year (
                    year TEXT PRIMARY KEY
                        CHECK (year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'
                               AND CAST(substr(year, 6, 4) AS INTEGER) = CAST(substr(year, 1, 4) AS INTEGER) + 1),
                    closed_at TEXT CHECK (closed_at IS NULL OR \(isTimestamp("closed_at")))
                ) STRICT;

                CREATE TABLE school (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL CHECK (name <> ''),
                    year TEXT NOT NULL REFERENCES school_year(year),
                    today TEXT CHECK (today IS NULL OR \(isDate("today")))
                ) STRICT;

                CREATE TABLE study_period (
                    year TEXT NOT NULL REFERENCES school_year(year),
                    scheme TEXT NOT NULL CHECK (scheme IN ('quarter', 'half', 'trimester')),
                    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 4),
                    start TEXT NOT NULL CHECK (\(isDate("start"))),
                    "end" TEXT NOT NULL CHECK (\(isDate("\"end\""))),
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
                    birth_date TEXT CHECK (birth_date IS NULL OR \(isDate("birth_date"))),
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
                    valid_from TEXT NOT NULL CHECK (\(isDate("valid_from"))),
                    valid_to TEXT CHECK (valid_to IS NULL OR \(isDate("valid_to"))),
                    CHECK (valid_to IS NULL OR valid_from <= valid_to)
                ) STRICT;

                CREATE TABLE plan_topic (
                    id INTEGER PRIMARY KEY,
                    class_id INTEGER NOT NULL REFERENCES class(id),
                    group_id INTEGER REFERENCES class_group(id),
                    subject TEXT NOT NULL REFERENCES subject(code),
                    number INTEGER NOT NULL CHECK (number >= 1),
                    topic TEXT NOT NULL CHECK (topic <> ''),
                    planned_date TEXT CHECK (planned_date IS NULL OR \(isDate("planned_date")))
                ) STRICT;

                CREATE TABLE lesson (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    date TEXT NOT NULL CHECK (\(isDate("date"))),
                    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 12),
                    class_id INTEGER NOT NULL REFERENCES class(id),
                    group_id INTEGER REFERENCES class_group(id),
                    subject TEXT NOT NULL REFERENCES subject(code),
                    teacher TEXT NOT NULL REFERENCES staff(id),
                    substitute TEXT REFERENCES staff(id),
                    topic TEXT,
                    homework TEXT,
                    entered_at TEXT CHECK (entered_at IS NULL OR \(isTimestamp("entered_at")))
                ) STRICT;

                CREATE TABLE mark (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    lesson_id TEXT NOT NULL REFERENCES lesson(id),
                    student_id TEXT NOT NULL REFERENCES student(id),
                    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
                    kind TEXT NOT NULL CHECK (kind IN ('answer', 'classwork', 'homework', 'independent', 'test', 'control', 'dictation', 'essay', 'exposition', 'lab', 'practical')),
                    entered_at TEXT NOT NULL CHECK (\(isTimestamp("entered_at"))),
                    entered_by TEXT NOT NULL REFERENCES staff(id)
                ) STRICT;

                CREATE TABLE attendance (
                    lesson_id TEXT NOT NULL REFERENCES lesson(id),
                    student_id TEXT NOT NULL REFERENCES student(id),
                    code TEXT NOT NULL CHECK (code IN ('absent', 'sick', 'excused', 'late')),
                    entered_at TEXT CHECK (entered_at IS NULL OR \(isTimestamp("entered_at"))),
                    PRIMARY KEY (lesson_id, student_id)
                ) STRICT;

                CREATE TABLE period_grade (
                    student_id TEXT NOT NULL REFERENCES student(id),
                    subject TEXT NOT NULL REFERENCES subject(code),
                    year TEXT NOT NULL REFERENCES school_year(year),
                    period TEXT NOT NULL CHECK (period IN ('1', '2', '3', '4', 'year', 'exam', 'final')),
                    value TEXT NOT NULL CHECK (value IN ('2', '3', '4', '5', 'н/а', 'осв', 'зач', 'незач')),
                    entered_at TEXT CHECK (entered_at IS NULL OR \(isTimestamp("entered_at"))),
                    entered_by TEXT REFERENCES staff(id),
                    PRIMARY KEY (student_id, subject, year, period)
                ) STRICT;

                -- A log-in of any user: staff, student or parent. The user's kind is
                -- known by which of the three tables holds the id (ids never repeat
                -- across them; the importer checks it).
                CREATE TABLE visit (
                    id INTEGER PRIMARY KEY,
                    user_id TEXT NOT NULL CHECK (user_id <> ''),
                    at TEXT NOT NULL CHECK (\(isTimestamp("at")))
                ) STRICT;

                CREATE TABLE mark_correction (
                    id INTEGER PRIMARY KEY,
                    mark_id TEXT NOT NULL REFERENCES mark(id),
                    old_value INTEGER NOT NULL CHECK (old_value BETWEEN 1 AND 5),
                    new_value INTEGER NOT NULL CHECK (new_value BETWEEN 1 AND 5),
                    requested_by TEXT NOT NULL REFERENCES staff(id),
                    approved_by TEXT REFERENCES staff(id),
                    at TEXT NOT NULL CHECK (\(isTimestamp("at"))),
                    reason TEXT
                ) STRICT;
                """)
    }

    /// A closed school year is read-only (R5): the store itself refuses every write to the
    /// journal rows of a closed year, whatever program makes it.
    private static func protectClosedYears(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE school_year ADD COLUMN close_reason TEXT")
        let closed = "(SELECT closed_at FROM school_year WHERE year = %@) IS NOT NULL"
        // For each table: the school year a row belongs to, from the row itself (NEW or OLD).
        let yearOf: [(table: String, year: (String) -> String)] = [
            ("class", { "\($0).year" }),
            ("period_grade", { "\($0).year" }),
            ("study_period", { "\($0).year" }),
            ("lesson", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("class_group", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("teaching_load", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("timetable_entry", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            ("plan_topic", { "(SELECT year FROM class WHERE id = \($0).class_id)" }),
            (
                "group_member",
                { "(SELECT c.year FROM class_group g JOIN class c ON c.id = g.class_id WHERE g.id = \($0).group_id)" }
            ),
            (
                "mark",
                { "(SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = \($0).lesson_id)" }
            ),
            (
                "attendance",
                { "(SELECT c.year FROM lesson l JOIN class c ON c.id = l.class_id WHERE l.id = \($0).lesson_id)" }
            ),
            (
                "mark_correction",
                {
                    """
                    (SELECT c.year FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id \
                    WHERE m.id = \($0).mark_id)
                    """
                }
            ),
        ]
        for (table, year) in yearOf {
            for (event, row) in [("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")] {
                let condition = closed.replacingOccurrences(of: "%@", with: year(row))
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_closed_year_\(event.lowercased()) BEFORE \(event) ON \(table)
                        WHEN \(condition)
                        BEGIN SELECT RAISE(ABORT, 'the school year is closed: its journal is read-only'); END
                        """)
            }
        }
    }

    /// What keeping the journal needs beyond the imported format: where each student was
    /// enrolled and when (moves keep their history), log-in accounts, deputies' remarks,
    /// state exam results, and the state of each mark correction.
    private static func createKeeping(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE enrolment (
                    id INTEGER PRIMARY KEY,
                    student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,
                    class_id INTEGER NOT NULL REFERENCES class(id),
                    since TEXT NOT NULL CHECK (\(isDate("since"))),
                    until TEXT CHECK (until IS NULL OR \(isDate("until"))),
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
                    issued_at TEXT NOT NULL CHECK (\(isTimestamp("issued_at"))),
                    issued_by TEXT
                ) STRICT;

                CREATE TABLE remark (
                    id INTEGER PRIMARY KEY,
                    teacher TEXT NOT NULL REFERENCES staff(id),
                    class_id INTEGER REFERENCES class(id),
                    subject TEXT REFERENCES subject(code),
                    text TEXT NOT NULL CHECK (text <> ''),
                    made_by TEXT REFERENCES staff(id),
                    made_at TEXT NOT NULL CHECK (\(isTimestamp("made_at"))),
                    due TEXT NOT NULL CHECK (\(isDate("due"))),
                    resolved_at TEXT CHECK (resolved_at IS NULL OR \(isTimestamp("resolved_at"))),
                    resolution TEXT
                ) STRICT;
                CREATE INDEX remark_by_teacher ON remark(teacher, due);

                CREATE TABLE exam_result (
                    student_id TEXT NOT NULL REFERENCES student(id),
                    subject TEXT NOT NULL REFERENCES subject(code),
                    exam TEXT NOT NULL CHECK (exam IN ('ОГЭ', 'ЕГЭ', 'ГВЭ')),
                    taken_on TEXT NOT NULL CHECK (\(isDate("taken_on"))),
                    received_on TEXT CHECK (received_on IS NULL OR \(isDate("received_on"))),
                    score INTEGER NOT NULL CHECK (score >= 0),
                    mark INTEGER CHECK (mark IS NULL OR mark BETWEEN 2 AND 5),
                    entered_at TEXT NOT NULL CHECK (\(isTimestamp("entered_at"))),
                    entered_by TEXT REFERENCES staff(id),
                    PRIMARY KEY (student_id, subject, exam)
                ) STRICT;

                ALTER TABLE mark_correction ADD COLUMN status TEXT NOT NULL DEFAULT 'approved'
                    CHECK (status IN ('own', 'requested', 'approved', 'rejected'));
                ALTER TABLE mark_correction ADD COLUMN decision_note TEXT;
                ALTER TABLE mark_correction ADD COLUMN decided_at TEXT
                    CHECK (decided_at IS NULL OR \(isTimestamp("decided_at")));
                UPDATE mark_correction SET status = CASE WHEN approved_by IS NULL THEN 'requested' ELSE 'approved' END,
                    decided_at = CASE WHEN approved_by IS NULL THEN NULL ELSE at END;
                """)
    }

    /// The correction rule (R18), kept by the store whatever program writes to it: a mark is
    /// never edited in place; its value changes only when a correction is recorded — the
    /// teacher's own, on the day the mark was entered, or a request the director approves —
    /// and every correction is kept as it was made.
    private static func enforceCorrectionRule(_ db: Database) throws {
        let rule = "(R18): a mark is changed only by a correction"
        let isDirector = { (who: String) in
            "EXISTS (SELECT 1 FROM staff_role WHERE staff_id = \(who) AND role = 'director')"
        }
        try db.execute(
            sql: """
                ALTER TABLE mark_correction ADD COLUMN applied INTEGER NOT NULL DEFAULT 0 CHECK (applied IN (0, 1));
                UPDATE mark_correction SET applied = 1 WHERE status IN ('own', 'approved');

                CREATE TRIGGER mark_never_edited BEFORE UPDATE OF id, lesson_id, student_id, kind, entered_at,
                    entered_by ON mark
                BEGIN SELECT RAISE(ABORT, 'a mark is never edited in place \(rule)'); END;

                CREATE TRIGGER mark_value_by_correction BEFORE UPDATE OF value ON mark
                WHEN NEW.value IS NOT OLD.value AND NOT EXISTS (
                    SELECT 1 FROM mark_correction
                    WHERE mark_id = NEW.id AND status IN ('own', 'approved') AND applied = 0
                      AND old_value = OLD.value AND new_value = NEW.value)
                BEGIN SELECT RAISE(ABORT, 'a mark''s value is never edited in place \(rule)'); END;

                CREATE TRIGGER mark_never_deleted BEFORE DELETE ON mark
                BEGIN SELECT RAISE(ABORT, 'a mark is never deleted \(rule)'); END;

                CREATE TRIGGER correction_recorded BEFORE INSERT ON mark_correction
                BEGIN
                    SELECT RAISE(ABORT, 'a correction is recorded before it is applied (R18)') WHERE NEW.applied <> 0;
                    SELECT RAISE(ABORT, 'the correction does not start from the mark''s current value (R18)')
                    WHERE NEW.old_value IS NOT (SELECT value FROM mark WHERE id = NEW.mark_id);
                    SELECT RAISE(ABORT, 'the correction does not change the mark (R18)')
                    WHERE NEW.new_value = NEW.old_value;
                    SELECT RAISE(ABORT,
                        'a teacher corrects alone only their own mark, on the day it was entered (R18)')
                    WHERE NEW.status = 'own' AND NOT EXISTS (
                        SELECT 1 FROM mark WHERE id = NEW.mark_id AND entered_by = NEW.requested_by
                          AND date(entered_at) = date(NEW.at));
                    SELECT RAISE(ABORT, 'only the director approves or rejects a correction (R18)')
                    WHERE NEW.status IN ('approved', 'rejected') AND NOT \(isDirector("NEW.approved_by"));
                    SELECT RAISE(ABORT, 'a correction request is decided later, by the director (R18)')
                    WHERE NEW.status IN ('own', 'requested') AND NEW.approved_by IS NOT NULL;
                END;

                CREATE TRIGGER correction_applied AFTER INSERT ON mark_correction
                WHEN NEW.status IN ('own', 'approved')
                BEGIN
                    UPDATE mark SET value = NEW.new_value WHERE id = NEW.mark_id;
                    UPDATE mark_correction SET applied = 1 WHERE id = NEW.id;
                END;

                CREATE TRIGGER correction_kept BEFORE UPDATE ON mark_correction
                BEGIN
                    SELECT RAISE(ABORT, 'a correction is kept as it was made; a request is only decided, once (R18)')
                    WHERE NEW.id IS NOT OLD.id OR NEW.mark_id IS NOT OLD.mark_id OR NEW.old_value IS NOT OLD.old_value
                       OR NEW.new_value IS NOT OLD.new_value OR NEW.requested_by IS NOT OLD.requested_by
                       OR NEW.at IS NOT OLD.at OR NEW.reason IS NOT OLD.reason
                       OR NOT (
                           (OLD.status = 'requested' AND NEW.status IN ('approved', 'rejected')
                            AND NEW.decided_at IS NOT NULL AND NEW.applied = 0)
                           OR (OLD.applied = 0 AND NEW.applied = 1 AND NEW.status IS OLD.status
                               AND NEW.status IN ('own', 'approved') AND NEW.approved_by IS OLD.approved_by
                               AND NEW.decided_at IS OLD.decided_at AND NEW.decision_note IS OLD.decision_note));
                    SELECT RAISE(ABORT, 'only the director approves or rejects a correction (R18)')
                    WHERE NEW.status IS NOT OLD.status AND NOT \(isDirector("NEW.approved_by"));
                    SELECT RAISE(ABORT, 'the mark has changed since the request was made: reject it and ask again')
                    WHERE NEW.status = 'approved' AND OLD.status = 'requested'
                      AND OLD.old_value IS NOT (SELECT value FROM mark WHERE id = OLD.mark_id);
                END;

                CREATE TRIGGER correction_approved AFTER UPDATE OF status ON mark_correction
                WHEN NEW.status = 'approved' AND OLD.status = 'requested'
                BEGIN
                    UPDATE mark SET value = NEW.new_value WHERE id = NEW.mark_id;
                    UPDATE mark_correction SET applied = 1 WHERE id = NEW.id;
                END;

                CREATE TRIGGER correction_never_deleted BEFORE DELETE ON mark_correction
                BEGIN SELECT RAISE(ABORT, 'a correction is kept for good (R18)'); END;
                """)
    }

    /// Promotion by the director's order (R5): the order, what it did to each student, where each
    /// class of the next year came from, students who left or graduated, and the next year's
    /// teaching load as a draft until it is checked.
    private static func createYearLife(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE student ADD COLUMN left_on TEXT CHECK (left_on IS NULL OR \(isDate("left_on")));
                ALTER TABLE student ADD COLUMN left_reason TEXT
                    CHECK (left_reason IS NULL OR left_reason IN ('graduated', 'left'));
                ALTER TABLE class ADD COLUMN promoted_from INTEGER REFERENCES class(id);
                ALTER TABLE teaching_load ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));

                CREATE TABLE promotion_order (
                    id INTEGER PRIMARY KEY,
                    year TEXT NOT NULL UNIQUE REFERENCES school_year(year),
                    number TEXT NOT NULL CHECK (number <> ''),
                    date TEXT NOT NULL CHECK (\(isDate("date"))),
                    made_at TEXT NOT NULL CHECK (\(isTimestamp("made_at")))
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
                """)
    }

    /// Every backup made (R6): where, when, its checksum, and whether it verified.
    private static func createBackupLog(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE backup_record (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL CHECK (\(isTimestamp("at"))),
                    path TEXT NOT NULL CHECK (path <> ''),
                    sha256 TEXT,
                    verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
                    problem TEXT
                ) STRICT;
                """)
    }

    private static func createIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX student_by_class ON student(class_id, last_name, first_name);
                CREATE INDEX parent_child_by_student ON parent_child(student_id);
                CREATE INDEX group_member_by_student ON group_member(student_id);
                CREATE INDEX class_group_by_class ON class_group(class_id, subject);
                CREATE INDEX load_by_class ON teaching_load(class_id, subject);
                CREATE INDEX load_by_teacher ON teaching_load(teacher);
                CREATE INDEX timetable_by_class ON timetable_entry(class_id, weekday, number);
                CREATE INDEX plan_by_class ON plan_topic(class_id, subject, number);
                CREATE INDEX lesson_by_class_date ON lesson(class_id, date, number);
                CREATE INDEX lesson_by_date ON lesson(date);
                CREATE INDEX lesson_by_teacher ON lesson(teacher, date);
                CREATE INDEX lesson_by_substitute ON lesson(substitute, date) WHERE substitute IS NOT NULL;
                CREATE INDEX mark_by_student ON mark(student_id, lesson_id);
                CREATE INDEX mark_by_lesson ON mark(lesson_id);
                CREATE INDEX attendance_by_student ON attendance(student_id, lesson_id);
                CREATE INDEX period_grade_by_subject ON period_grade(year, period, subject);
                CREATE INDEX visit_by_user ON visit(user_id, at);
                CREATE INDEX visit_by_time ON visit(at);
                CREATE INDEX correction_by_mark ON mark_correction(mark_id);
                """)
    }
}
