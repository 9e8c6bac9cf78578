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
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.hasPrefix("the school year 2026/2027 is closed already, since 2027-06-25 "))
    }

    func testTheYearEndScripts() throws {
        let folder = try Fixtures.temporaryFolder()
        let scripts = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent("scripts/journal")
        func run(_ script: String, _ extra: [String] = []) throws -> CommandResult {
            try ejournal(
                ["--db", db, "--today", "2027-06-25", "--format", "csv"] + extra
                    + [scripts.appendingPathComponent(script).path])
        }
        let check = try run("year-end-check.ejs")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.hasPrefix("student,class,subject,hours_per_week,marks,required,missing\n"))
        XCTAssertTrue(check.stdout.contains("this year's verified backups: 0, on 0 media"), check.stdout)
        let refused = try run("year-end-close.ejs", ["--set", "year=2026/2027"])
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(
            refused.stderr.contains("year-end-close.ejs:8:1: error: the school year 2026/2027 cannot be closed"))
        XCTAssertNil(try closedAt())
        XCTAssertEqual(try ejournal(["--db", db, "-c", "close year 2026/2027 force 'order 15'"]).status, 0)
        let closed = try run("year-end-close.ejs", ["--set", "year=2026/2027"])
        XCTAssertEqual(closed.status, 0, closed.stderr)
        XCTAssertTrue(closed.stdout.hasPrefix("the school year 2026/2027 is closed already"), closed.stdout)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        let backup = try run(
            "year-end-backup.ejs",
            ["--set", "a=\(folder.path)/journal.sqlite", "--set", "b=\(folder.path)/b/journal.sqlite"])
        XCTAssertEqual(backup.status, 0, backup.stderr)
        XCTAssertTrue(backup.stdout.contains("this year's verified backups: 2, on 2 media"), backup.stdout)
        for copy in ["journal.sqlite", "b/journal.sqlite"] {
            XCTAssertNoThrow(try JournalStore.verifyBackup(at: folder.appendingPathComponent(copy).path))
        }
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
