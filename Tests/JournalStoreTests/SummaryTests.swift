import Foundation
import GRDB
import TestSupport
import XCTest

@testable import JournalStore

/// The summaries kept current (`mark_summary`, `attendance_summary`, … `grade_summary`): whatever is
/// written — marks given and corrected, attendance entered, changed and removed, lessons moved to
/// another date, class or subject, period grades given, replaced, moved and removed, transactions
/// rolled back — every summary row equals its recomputation from the raw rows.
final class SummaryTests: XCTestCase {
    /// A small deterministic generator, so a failure repeats with its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    struct Refused: Error {}

    func testSummariesAreFilledByTheImport() throws {
        let store = try Fixtures.sampleStore()
        try store.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(n) FROM mark_summary"), 6397)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(n) FROM mark_week"), 6397)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(n) FROM mark_day"), 6397)
            XCTAssertEqual(
                try Int.fetchOne(db, sql: "SELECT sum(total) FROM mark_day"),
                try Int.fetchOne(db, sql: "SELECT sum(value) FROM mark"))
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(absences) + sum(lates) FROM attendance_week"), 1713)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(absences) + sum(lates) FROM attendance_summary"), 1713)
            for table in ["lesson_week", "lesson_teacher_week"] {
                XCTAssertEqual(
                    try Int.fetchOne(db, sql: "SELECT sum(n) FROM \(table)"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson"), table)
            }
            XCTAssertEqual(
                try Int.fetchOne(db, sql: "SELECT sum(n) FROM grade_summary"),
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM period_grade WHERE value IN ('2', '3', '4', '5', 'н/а')"))
            XCTAssertEqual(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM grade_summary"),
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (SELECT DISTINCT year, period, student_id FROM period_grade
                        WHERE value IN ('2', '3', '4', '5', 'н/а'))
                        """))
            XCTAssertEqual(try JournalStore.summaryDifferences(db).count, 0)
        }
    }

    /// A store made before `v9-lesson-summary` gets `lesson_week` filled from its lessons when opened.
    func testTheLessonSummaryIsFilledForAStoreMadeBeforeIt() throws {
        let path = try Fixtures.sampleStore().path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            let made = try Row.fetchAll(
                db,
                sql: """
                    SELECT type, name FROM sqlite_schema
                    WHERE type IN ('table', 'trigger') AND (name LIKE 'lesson_week%' OR name LIKE 'lesson_teacher_week%')
                    ORDER BY type DESC
                    """)
            XCTAssertEqual(made.count, 9)
            for item in made {
                try db.execute(sql: "DROP \((item["type"] as String).uppercased()) \(item["name"] as String)")
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v9-lesson-summary'")
        }
        try queue.close()
        let store = try JournalStore(path: path)
        try store.read { db in
            for table in ["lesson_week", "lesson_teacher_week"] {
                XCTAssertEqual(
                    try Int.fetchOne(db, sql: "SELECT sum(n) FROM \(table)"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson"), table)
            }
            XCTAssertEqual(try JournalStore.summaryDifferences(db).count, 0)
        }
        XCTAssertEqual(
            try store.checkJournal(today: "2026-11-27").map(\.description).filter { $0.contains("summar") }, [])
    }

    /// The sample school's store as a store made before the migration `migration`, which made the table
    /// `table` and its `triggers` triggers (`table_…`): those taken away and the migration not recorded.
    private func storeMadeBefore(_ migration: String, table: String, triggers: Int) throws -> String {
        let path = try Fixtures.sampleStore().path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            let made = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '\(table)%'")
            XCTAssertEqual(made.count, triggers)
            for name in made { try db.execute(sql: "DROP TRIGGER \(name)") }
            try db.execute(sql: "DROP TABLE \(table)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [migration])
        }
        try queue.close()
        return path
    }

    /// A store made before `v10-mark-day` gets `mark_day` filled from its marks when opened.
    func testTheMarkDaySummaryIsFilledForAStoreMadeBeforeIt() throws {
        let store = try JournalStore(path: try storeMadeBefore("v10-mark-day", table: "mark_day", triggers: 4))
        try store.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(n) FROM mark_day"), 6397)
            XCTAssertEqual(try JournalStore.summaryDifferences(db).count, 0)
        }
    }

    /// A store made before `v11-grade-summary` gets `grade_summary` filled from its period grades when opened.
    func testTheGradeSummaryIsFilledForAStoreMadeBeforeIt() throws {
        let store = try JournalStore(
            path: try storeMadeBefore("v11-grade-summary", table: "grade_summary", triggers: 3))
        try store.read { db in
            let grades = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM period_grade WHERE value IN ('2', '3', '4', '5', 'н/а')")
            XCTAssertGreaterThan(grades ?? 0, 100)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(n) FROM grade_summary"), grades)
            XCTAssertEqual(try JournalStore.summaryDifferences(db).count, 0)
        }
    }

    /// A grade written remakes its student's row of the period from the student's grades alone, read by
    /// the grades' primary key: not from the period's grades of the whole school.
    func testAGradeWrittenReadsOnlyItsStudentsGrades() throws {
        let store = try Fixtures.sampleStore()
        let statements = JournalStore.gradeSummaryRemade("NEW")
            .replacingOccurrences(of: "NEW.student_id", with: "'S0001'")
            .replacingOccurrences(of: "NEW.year", with: "'2026/2027'")
            .replacingOccurrences(of: "NEW.period", with: "'1'")
            .split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        XCTAssertEqual(statements.count, 2)
        try store.read { db in
            for statement in statements {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement).map { $0["detail"] as String }
                XCTAssertEqual(plan.count, 1, "\(plan)")
                // The summary's own key, and the grades' (its index is SQLite's, `sqlite_autoindex_…`).
                XCTAssertTrue(
                    plan.allSatisfy {
                        $0 == "SEARCH grade_summary USING PRIMARY KEY (year=? AND period=? AND student_id=?)"
                            || $0 == "SEARCH period_grade USING INDEX sqlite_autoindex_period_grade_1 (student_id=?)"
                    }, "\(statement): \(plan)")
            }
        }
    }

    func testEverySummaryEqualsItsRecomputationAfterRandomWrites() throws {
        let store = try Fixtures.sampleStore()
        var random = Generator(state: 20_261_127)
        let (lessons, classes, subjects, director, teachers) = try store.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT id, class_id, teacher FROM lesson ORDER BY id"),
                try Int.fetchAll(db, sql: "SELECT id FROM class ORDER BY id"),
                try String.fetchAll(db, sql: "SELECT code FROM subject ORDER BY code"),
                try String.fetchOne(db, sql: "SELECT staff_id FROM staff_role WHERE role = 'director'")!,
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT staff_id FROM staff_role WHERE role = 'teacher' ORDER BY 1")
            )
        }
        /// A topic or homework: none, empty, or a text.
        func text() -> String? { [nil, "", "Тема"].randomElement(using: &random)! }
        var made = 0
        var done: [String: Int] = [:]

        /// One random write; false when the store refused it (as it may: a rule of the journal).
        func step(_ db: Database) throws -> String {
            let lesson = lessons.randomElement(using: &random)!
            let lessonID: String = lesson["id"]
            let classID: Int = lesson["class_id"]
            /// A student of the lesson's class.
            func someStudent() throws -> String? {
                try String.fetchOne(
                    db, sql: "SELECT student_id FROM enrolment WHERE class_id = ? ORDER BY random() LIMIT 1",
                    arguments: [classID])
            }
            switch Int.random(in: 0..<17, using: &random) {
            case 0, 1:
                guard let student = try someStudent() else { return "none" }
                made += 1
                // Of any kind, entered on a day of its own: on time or late (R17, R21).
                let entered = String(
                    format: "2026-%02d-%02d 12:00", Int.random(in: 9...12, using: &random),
                    Int.random(in: 1...28, using: &random))
                try db.execute(
                    sql: """
                        INSERT INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        "PX\(made)", lessonID, student, Int.random(in: 1...5, using: &random),
                        JournalStore.Vocabulary.markKinds.randomElement(using: &random)!, entered, lesson["teacher"],
                    ])
                return "mark"
            case 2:
                guard
                    let mark = try Row.fetchOne(
                        db, sql: "SELECT id, value FROM mark ORDER BY random() LIMIT 1")
                else { return "none" }
                let old: Int = mark["value"]
                try db.execute(
                    sql: """
                        INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at,
                            status, decided_at)
                        VALUES (?, ?, ?, ?, ?, '2026-11-27 12:00', 'approved', '2026-11-27 12:00')
                        """,
                    arguments: [mark["id"], old, old % 5 + 1, director, director])
                return "correction"
            case 3:
                let date = String(
                    format: "2026-%02d-%02d", Int.random(in: 9...12, using: &random),
                    Int.random(in: 1...28, using: &random))
                try db.execute(sql: "UPDATE lesson SET date = ? WHERE id = ?", arguments: [date, lessonID])
                return "lesson date"
            case 4:
                try db.execute(
                    sql: "UPDATE lesson SET class_id = ?, subject = ? WHERE id = ?",
                    arguments: [
                        classes.randomElement(using: &random), subjects.randomElement(using: &random), lessonID,
                    ])
                return "lesson class"
            case 5:
                guard let student = try someStudent() else { return "none" }
                let code = JournalStore.Vocabulary.attendanceCodes.randomElement(using: &random)!
                try db.execute(
                    sql: "INSERT INTO attendance (lesson_id, student_id, code) VALUES (?, ?, ?)",
                    arguments: [lessonID, student, code])
                return "attendance"
            case 6:
                let code = JournalStore.Vocabulary.attendanceCodes.randomElement(using: &random)!
                try db.execute(
                    sql: """
                        UPDATE attendance SET code = ? WHERE rowid = (SELECT rowid FROM attendance ORDER BY random() LIMIT 1)
                        """, arguments: [code])
                return "attendance code"
            case 7:
                try db.execute(
                    sql: "DELETE FROM attendance WHERE rowid = (SELECT rowid FROM attendance ORDER BY random() LIMIT 1)"
                )
                return "attendance removed"
            case 8:
                try db.execute(
                    sql: "UPDATE lesson SET topic = ?, homework = ? WHERE id = ?",
                    arguments: [text(), text(), lessonID])
                return "topic"
            case 9:
                // A substitute, taken back, or another teacher.
                let someone = teachers.randomElement(using: &random)!
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    try db.execute(
                        sql: "UPDATE lesson SET substitute = ? WHERE id = ?", arguments: [someone, lessonID])
                    return "substitute"
                case 1:
                    try db.execute(sql: "UPDATE lesson SET substitute = NULL WHERE id = ?", arguments: [lessonID])
                    return "substitute taken back"
                default:
                    try db.execute(sql: "UPDATE lesson SET teacher = ? WHERE id = ?", arguments: [someone, lessonID])
                    return "teacher"
                }
            case 10:
                made += 1
                let date = String(
                    format: "2026-%02d-%02d", Int.random(in: 9...12, using: &random),
                    Int.random(in: 1...28, using: &random))
                try db.execute(
                    sql: """
                        INSERT INTO lesson (id, date, number, class_id, subject, teacher, substitute, topic, homework)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        "LX\(made)", date, Int.random(in: 1...8, using: &random), classes.randomElement(using: &random),
                        subjects.randomElement(using: &random), teachers.randomElement(using: &random),
                        Bool.random(using: &random) ? teachers.randomElement(using: &random) : nil, text(), text(),
                    ])
                return "lesson"
            case 12:
                // A class's grade (the deadlines of control works in mathematics depend on it), or its
                // scheme of periods.
                let someClass = classes.randomElement(using: &random)
                if Bool.random(using: &random) {
                    try db.execute(
                        sql: "UPDATE class SET scheme = ? WHERE id = ?",
                        arguments: [JournalStore.Vocabulary.schemes.randomElement(using: &random)!, someClass])
                    return "class scheme"
                }
                try db.execute(
                    sql: "UPDATE class SET grade = ? WHERE id = ?",
                    arguments: [Int.random(in: 5...11, using: &random), someClass])
                return "class grade"
            case 13:
                // A subject a foreign language or not, or a course of mathematics.
                let subject = subjects.randomElement(using: &random)!
                if Bool.random(using: &random) {
                    try db.execute(
                        sql: "UPDATE subject SET is_foreign_language = 1 - is_foreign_language WHERE code = ?",
                        arguments: [subject])
                } else {
                    try db.execute(
                        sql:
                            "UPDATE subject SET parent = CASE WHEN parent IS NULL THEN 'math' END WHERE code = ? AND code <> 'math'",
                        arguments: [subject])
                }
                return "subject"
            case 14:
                // A period grade given or changed, as the shell writes one (R26): counted or not (осв, зач).
                guard let student = try someStudent() else { return "none" }
                try db.execute(
                    sql: """
                        INSERT INTO period_grade (student_id, subject, year, period, value)
                        VALUES (?, ?, (SELECT year FROM school), ?, ?)
                        ON CONFLICT (student_id, subject, year, period) DO UPDATE SET value = excluded.value
                        """,
                    arguments: [
                        student, subjects.randomElement(using: &random),
                        ["1", "2", "year"].randomElement(using: &random),
                        JournalStore.Vocabulary.gradeValues.randomElement(using: &random),
                    ])
                return "grade"
            case 15:
                // Another program's INSERT OR REPLACE: the row it deletes fires no trigger.
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO period_grade (student_id, subject, year, period, value)
                        SELECT student_id, subject, year, period, ? FROM period_grade ORDER BY random() LIMIT 1
                        """, arguments: [JournalStore.Vocabulary.gradeValues.randomElement(using: &random)])
                return "grade replaced"
            case 16:
                // A grade removed, or moved to another period or student.
                let one = "rowid = (SELECT rowid FROM period_grade ORDER BY random() LIMIT 1)"
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    try db.execute(sql: "DELETE FROM period_grade WHERE \(one)")
                    return "grade removed"
                case 1:
                    try db.execute(
                        sql: "UPDATE period_grade SET period = ? WHERE \(one)",
                        arguments: [["1", "2", "3", "year"].randomElement(using: &random)])
                    return "grade moved"
                default:
                    try db.execute(
                        sql:
                            "UPDATE period_grade SET student_id = (SELECT id FROM student ORDER BY random() LIMIT 1) WHERE \(one)"
                    )
                    return "grade moved"
                }
            default:
                // A lesson with no marks or attendance.
                try db.execute(
                    sql: """
                        DELETE FROM lesson WHERE id = (SELECT l.id FROM lesson l
                            WHERE NOT EXISTS (SELECT 1 FROM mark m WHERE m.lesson_id = l.id)
                              AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id)
                            ORDER BY random() LIMIT 1)
                        """)
                return "lesson removed"
            }
        }

        func check(_ when: String) throws {
            let differences = try store.read { db in try JournalStore.summaryDifferences(db) }
            XCTAssertEqual(differences.map { "\($0.table) \($0.key)" }, [], when)
            // `mark_day` among them: every mark of the store counted once, whatever moved.
            let counted = try store.read { db in
                try Int.fetchAll(db, sql: "SELECT (SELECT sum(n) FROM mark_day) - (SELECT count(*) FROM mark)")
            }
            XCTAssertEqual(counted, [0], when)
        }

        for round in 0..<60 {
            switch round % 4 {
            case 0:
                // A transaction undone at its end (a dry run).
                try store.inTransaction(rollback: true) {
                    for _ in 0..<5 { _ = try? store.write { db in try step(db) } }
                }
                done["rolled back", default: 0] += 1
            case 1:
                // A transaction that fails part way: nothing of it stays.
                _ = try? store.inTransaction {
                    for _ in 0..<5 { _ = try? store.write { db in try step(db) } }
                    throw Refused()
                }
                done["failed", default: 0] += 1
            default:
                for _ in 0..<10 {
                    do {
                        let what = try store.write { db in try step(db) }
                        done[what, default: 0] += 1
                    } catch is DatabaseError {
                        done["refused", default: 0] += 1
                    }
                }
            }
            try check("after round \(round): \(done)")
        }
        // Every kind of write was made and kept at least once.
        for kind in [
            "mark", "correction", "lesson date", "lesson class", "attendance", "attendance removed", "topic",
            "substitute", "substitute taken back", "teacher", "lesson", "lesson removed", "class grade", "class scheme",
            "subject", "grade", "grade replaced", "grade removed", "grade moved",
        ] {
            XCTAssertGreaterThan(done[kind] ?? 0, 0, "\(kind): \(done)")
        }
    }

    func testCheckJournalReportsASummaryThatDiffers() throws {
        let store = try Fixtures.sampleStore()
        try store.write { db in
            try db.execute(
                sql: """
                    UPDATE mark_summary SET total = total + 1 WHERE (class_id, month, subject, student_id) =
                        (SELECT class_id, month, subject, student_id FROM mark_summary LIMIT 1)
                    """)
            try db.execute(
                sql: """
                    UPDATE lesson_week SET topics = topics + 1 WHERE (class_id, week, subject, teacher) =
                        (SELECT class_id, week, subject, teacher FROM lesson_week LIMIT 1)
                    """)
            try db.execute(
                sql: """
                    UPDATE mark_day SET total = total + 1 WHERE (class_id, date) =
                        (SELECT class_id, date FROM mark_day LIMIT 1)
                    """)
            try db.execute(
                sql: """
                    UPDATE grade_summary SET low = 5 - low WHERE (year, period, student_id) =
                        (SELECT year, period, student_id FROM grade_summary LIMIT 1)
                    """)
        }
        let findings = try store.checkJournal(today: "2026-11-27").map(\.description)
        XCTAssertTrue(findings.contains { $0.contains("mark_summary") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("lesson_week") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("mark_day") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("grade_summary") }, "\(findings)")
    }
}
