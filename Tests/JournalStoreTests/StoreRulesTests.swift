import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// The holes a hostile test found with the `sqlite3` shell on the store file (issue 10), each tried
/// again through the shell and through another program (GRDB with foreign keys off, as the
/// shell runs): refused, and the journal's rows as they were (migration `v6-store-rules`).
final class StoreRulesTests: XCTestCase {
    private var store: JournalStore!

    override func setUpWithError() throws {
        store = try Fixtures.sampleStore()
    }

    /// The rows `probe` reads, as text, to compare before and after.
    private func snapshot(_ probe: String) throws -> [[String]] {
        try SampleSchool.rows(probe, in: store)
    }

    /// Runs `sql` on the store file with the `sqlite3` shell and with GRDB (foreign keys off):
    /// each must be refused with a message holding `reason`, and `probe`'s rows must not change.
    private func assertRefused(
        _ sql: String, reason: String, probe: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let before = try snapshot(probe)
        XCTAssertFalse(before.isEmpty, "the probe reads nothing", file: file, line: line)
        let shell = try runTool("/usr/bin/sqlite3", [store.path, sql])
        XCTAssertNotEqual(shell.status, 0, "the sqlite3 shell was let through: \(sql)", file: file, line: line)
        XCTAssertTrue(shell.stderr.contains(reason), shell.stderr, file: file, line: line)
        XCTAssertEqual(try snapshot(probe), before, "the sqlite3 shell changed the rows", file: file, line: line)

        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: store.path, configuration: configuration)
        XCTAssertThrowsError(try queue.write { db in try db.execute(sql: sql) }, file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(reason), "\(error)", file: file, line: line)
        }
        try queue.close()
        XCTAssertEqual(try snapshot(probe), before, "GRDB changed the rows", file: file, line: line)
    }

    private func closeTheYear() throws {
        try store.closeYear("2026/2027", now: "2027-06-25 10:00", force: "the test's order")
    }

    func testReplacingAMarkIsRefused() throws {
        try assertRefused(
            """
            INSERT OR REPLACE INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
            VALUES ('M0000001', 'L000001', 'S0007', 2, 'classwork', '2026-09-01 19:13', 'T006')
            """, reason: "a mark is never replaced (R18)", probe: "SELECT * FROM mark WHERE id = 'M0000001'")
        try assertRefused(
            """
            REPLACE INTO mark (id, lesson_id, student_id, value, kind, entered_at, entered_by)
            SELECT id, lesson_id, student_id, 1, kind, entered_at, entered_by FROM mark WHERE id = 'M0000001'
            """, reason: "a mark is never replaced (R18)", probe: "SELECT * FROM mark WHERE id = 'M0000001'")
    }

    func testReplacingACorrectionIsRefused() throws {
        try ask(correctionOf: "M0000001")
        try assertRefused(
            """
            REPLACE INTO mark_correction (id, mark_id, old_value, new_value, requested_by, at, reason, status)
            SELECT id, mark_id, old_value, 1, requested_by, at, 'rewritten', status
            FROM mark_correction WHERE mark_id = 'M0000001'
            """, reason: "a correction is kept as it was made (R18): it is never replaced",
            probe: "SELECT * FROM mark_correction ORDER BY id")
    }

    /// Records a request to correct `mark` (5 → 2), as another program may.
    private func ask(correctionOf mark: String) throws {
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, at, status)
                    VALUES (?, 5, 2, 'T006', '2026-11-20 10:00', 'requested')
                    """, arguments: [mark])
        }
        try queue.close()
    }

    func testAForgedDecisionIsRefused() throws {
        let probe = "SELECT (SELECT count(*) FROM mark_correction), value FROM mark WHERE id = 'M0000001'"
        // Decided before it was asked for, or decided by no one.
        try assertRefused(
            """
            INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at, status,
                                         decided_at)
            VALUES ('M0000001', 5, 2, 'T006', 'T001', '2026-11-20 10:00', 'approved', '2026-11-19 10:00')
            """, reason: "a decided correction names the director", probe: probe)
        try assertRefused(
            """
            INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, approved_by, at, status)
            VALUES ('M0000001', 5, 2, 'T006', 'T001', '2026-11-20 10:00', 'approved')
            """, reason: "a decided correction names the director", probe: probe)
        // A request decided with a date before it was made.
        try ask(correctionOf: "M0000001")
        try assertRefused(
            """
            UPDATE mark_correction SET status = 'approved', approved_by = 'T001', decided_at = '2026-11-01 10:00'
            WHERE mark_id = 'M0000001'
            """, reason: "a correction is decided after it was asked for (R18)", probe: probe)
    }

    func testABackdatedOwnCorrectionIsRefused() throws {
        // M0000001 was entered by T006 at 19:13 on 2026-09-01: an own correction that day, but before it.
        try assertRefused(
            """
            INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, at, status)
            VALUES ('M0000001', 5, 2, 'T006', '2026-09-01 08:00', 'own')
            """, reason: "an own correction is not dated before the mark it corrects (R18)",
            probe: "SELECT (SELECT count(*) FROM mark_correction), value FROM mark WHERE id = 'M0000001'")
    }

    func testDeletesThatWouldOrphanMarksAreRefused() throws {
        let marks = "SELECT (SELECT count(*) FROM lesson), (SELECT count(*) FROM student), count(*) FROM mark"
        try assertRefused(
            "DELETE FROM lesson WHERE id = 'L000001'", reason: "a lesson with marks or attendance is never removed",
            probe: marks)
        try assertRefused(
            "UPDATE lesson SET id = 'L999999' WHERE id = 'L000001'",
            reason: "a lesson with marks or attendance is never removed", probe: marks)
        // L000089 has no marks; an UPDATE OR REPLACE onto L000001 would delete L000001 with no delete trigger.
        try assertRefused(
            "UPDATE OR REPLACE lesson SET id = 'L000001' WHERE id = 'L000089'",
            reason: "lesson id is never changed to another's", probe: marks)
        try assertRefused(
            "DELETE FROM student WHERE id = 'S0007'", reason: "a student with marks, attendance or grades",
            probe: marks)
        try assertRefused(
            "DELETE FROM staff WHERE id = 'T006'", reason: "a staff member with lessons, marks or corrections",
            probe: "SELECT count(*) FROM staff")
        try assertRefused(
            "DELETE FROM class WHERE name = '5А'", reason: "a class with students or lessons",
            probe: "SELECT count(*) FROM class")
        try assertRefused(
            """
            INSERT OR REPLACE INTO lesson (id, date, number, class_id, subject, teacher)
            VALUES ('L000001', '2026-09-01', 1, 1, 'math', 'T006')
            """, reason: "a lesson is never replaced", probe: "SELECT * FROM lesson WHERE id = 'L000001'")
    }

    func testAClosedYearCannotBeReopenedOrItsNamesAndVisitsEdited() throws {
        try closeTheYear()
        let year = "SELECT * FROM school_year"
        try assertRefused(
            "UPDATE school_year SET closed_at = NULL", reason: "a closed school year is never reopened", probe: year)
        try assertRefused(
            "UPDATE school_year SET closed_at = '2027-06-26 10:00'", reason: "a closed school year is never reopened",
            probe: year)
        try assertRefused(
            "INSERT OR REPLACE INTO school_year (year) VALUES ('2026/2027')",
            reason: "a closed school year is never reopened", probe: year)
        try assertRefused(
            "UPDATE student SET last_name = 'Иванова' WHERE id = 'S0007'",
            reason: "the school year is closed", probe: "SELECT * FROM student WHERE id = 'S0007'")
        try assertRefused(
            "UPDATE visit SET user_id = 'P0001' WHERE at < '2026-09-02'", reason: "the school year is closed",
            probe: "SELECT * FROM visit ORDER BY id")
        try assertRefused(
            "DELETE FROM visit WHERE at < '2026-09-02'", reason: "the school year is closed",
            probe: "SELECT * FROM visit ORDER BY id")
        try assertRefused(
            "INSERT INTO visit (user_id, at) VALUES ('T006', '2026-10-01 08:00')", reason: "the school year is closed",
            probe: "SELECT count(*) FROM visit")
        try assertRefused(
            "UPDATE enrolment SET since = '2026-09-02'", reason: "the school year is closed",
            probe: "SELECT * FROM enrolment ORDER BY id")
        try assertRefused(
            "UPDATE lesson SET class_id = (SELECT id FROM class WHERE name = '5А') WHERE id = 'L000001'",
            reason: "the school year is closed", probe: "SELECT * FROM lesson WHERE id = 'L000001'")
    }

    func testImportAndTheDemoSchoolStillLoadWithTheRulesInPlace() throws {
        let demo = try JournalStore(path: Fixtures.storePath())
        _ = try DemoSchool.generate(into: demo, options: .init(classes: 2, seed: 7))
        XCTAssertGreaterThan(try demo.rowCounts()["mark"] ?? 0, 0)
        let names = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'trigger'")
        }
        XCTAssertTrue(names.contains("mark_never_replaced"), "\(names)")
        XCTAssertTrue(names.contains("lesson_held_delete"), "\(names)")
    }
}
