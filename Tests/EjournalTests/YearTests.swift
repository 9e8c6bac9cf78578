import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// Closing a school year (R5): refused while grades are missing, forced with a recorded
/// reason, and then read-only for every program, enforced by the store.
final class YearTests: XCTestCase {
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
    }

    private func closedAt() throws -> String? {
        try JournalStore(path: db).read { db in
            try String.fetchOne(db, sql: "SELECT closed_at FROM school_year WHERE year = '2026/2027'")
        }
    }

    func testClosingIsRefusedWhileGradesAreMissing() throws {
        let result = try ejournal(["--db", db, "-c", "close year 2026/2027"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(
            result.stderr.contains(
                "error: the school year 2026/2027 cannot be closed: 168 things the regulation requires are missing:\n"
                    + "  5А Английский язык: 28 period 2 grades missing\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("hint: enter them, or close it anyway with a reason"), result.stderr)
        XCTAssertNil(try closedAt())
    }

    func testAClosedYearIsReadOnlyForEveryProgram() throws {
        let result = try ejournal([
            "--db", db, "--today", "2027-06-25", "-c", "close year 2026/2027 force 'приказ № 15 от 2027-06-20'",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "closed the school year 2026/2027 (forced: приказ № 15 от 2027-06-20)\n")
        XCTAssertTrue(try closedAt()?.hasPrefix("2027-06-25 ") == true)
        let store = try JournalStore(path: db)
        let before = try store.rowCounts()
        for statement in [
            "UPDATE mark SET value = 5 WHERE id = 'M0000001'",
            "DELETE FROM lesson WHERE id = 'L000001'",
            "INSERT INTO attendance (lesson_id, student_id, code) VALUES ('L000001', 'S0001', 'absent')",
            "UPDATE period_grade SET value = '5' WHERE student_id = 'S0001'",
            "DELETE FROM class",
        ] {
            XCTAssertThrowsError(try store.write { db in try db.execute(sql: statement) }, statement) { error in
                XCTAssertTrue("\(error)".contains("the school year is closed: its journal is read-only"), "\(error)")
            }
        }
        XCTAssertEqual(try store.rowCounts(), before)
        // Reading goes on.
        let query = try ejournal(["--db", db, "--format", "csv", "-c", "classes in 5 show name"])
        XCTAssertEqual(query.stdout, "name\n5А\n")
        let again = try ejournal(["--db", db, "-c", "close year 2026/2027"])
        XCTAssertEqual(again.status, 65)
        XCTAssertTrue(again.stderr.contains("error: the school year 2026/2027 was closed on 2027-06-25"), again.stderr)
    }

    func testUnknownYearAndMissingReason() throws {
        let unknown = try ejournal(["--db", db, "-c", "close year 2025/2026"])
        XCTAssertEqual(unknown.status, 65)
        XCTAssertTrue(unknown.stderr.contains("there is no school year 2025/2026"), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("hint: the journal holds: 2026/2027"), unknown.stderr)
        let bare = try ejournal(["--db", db, "-c", "close year 2026/2027 force"])
        XCTAssertEqual(bare.status, 65)
        XCTAssertTrue(bare.stderr.contains("\"force\" needs the reason, in quotes"), bare.stderr)
    }
}
