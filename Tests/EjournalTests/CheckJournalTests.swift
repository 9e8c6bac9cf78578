import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// `check journal` (R4) end to end: a healthy journal exits 0 saying so; each problem made on
/// purpose on a copy is named, and the run exits 65 (for cron).
final class CheckJournalTests: XCTestCase {
    private var folder: URL!
    private var db = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder()
        db = folder.appendingPathComponent("journal.sqlite").path
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        for medium in ["a", "b"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(medium), withIntermediateDirectories: true)
        }
        let a = folder.appendingPathComponent("a/journal.sqlite").path
        let b = folder.appendingPathComponent("b/journal.sqlite").path
        let backup = try ejournal(["--db", db, "--today", "2026-11-27", "-c", "backup to \"\(a)\", \"\(b)\""])
        XCTAssertEqual(backup.status, 0, backup.stderr)
    }

    private func check() throws -> CommandResult {
        try ejournal(["--db", db, "--today", "2026-11-27", "-c", "check journal"])
    }

    /// Runs `sql` on the store file with the `sqlite3` shell, as a tamperer would.
    private func tamper(_ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message)
    }

    private func assertFound(_ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try check()
        XCTAssertEqual(result.status, 65, result.stderr, file: file, line: line)
        for text in expected {
            XCTAssertTrue(result.stdout.contains(text), "no \"\(text)\" in:\n\(result.stdout)", file: file, line: line)
        }
        XCTAssertTrue(result.stderr.contains("error: check journal found"), result.stderr, file: file, line: line)
    }

    func testAHealthyJournalHasNoProblems() throws {
        let result = try check()
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "check journal: no problems\n")
        // A write made through ejournal keeps it healthy.
        let write = try ejournal([
            "--db", db, "--today", "2026-11-27", "-c", "mark 7А alg 2026-11-27: Баранов 5",
        ])
        XCTAssertEqual(write.status, 0, write.stderr)
        XCTAssertEqual(try check().status, 0)
    }

    func testAMarkChangedWithTheShellAfterDroppingItsTriggersIsNamed() throws {
        try tamper(
            """
            DROP TRIGGER mark_value_by_correction; DROP TRIGGER mark_trail_update;
            UPDATE mark SET value = 3 WHERE id = 'M0000001';
            """)
        try assertFound([
            "trigger mark_value_by_correction: missing (dropped)", "trigger mark_trail_update: missing (dropped)",
            "mark M0000001: value 3 in the journal, 5 in the trail (change 2 by administrator at ",
            "what to do: ",
        ])
    }

    func testAWriteOutsideEjournalAndAForgedEntryAreNamed() throws {
        // The trail's capture trigger notes the row; no entry takes it.
        try tamper("UPDATE lesson SET topic = 'forged' WHERE id = 'L000001'")
        try assertFound(["lesson L000001: update made outside ejournal"])
    }

    func testAnEditedTriggerAndABrokenChainAreNamed() throws {
        try tamper(
            """
            DROP TRIGGER change_kept_update;
            UPDATE change SET user = 'T001' WHERE id = 2;
            DROP TRIGGER correction_never_deleted;
            CREATE TRIGGER correction_never_deleted BEFORE DELETE ON mark_correction BEGIN SELECT 1; END;
            """)
        try assertFound([
            "trigger change_kept_update: missing (dropped)",
            "trigger correction_never_deleted: its SQL is not what the migrations made",
            "change 2: its hash does not match what it records",
        ])
    }

    func testImpossibleRowsAreNamed() throws {
        try tamper(
            """
            UPDATE class SET class_teacher = NULL WHERE name = '7А';
            UPDATE lesson SET date = '2026-11-29' WHERE id = 'L000001';
            UPDATE enrolment SET since = '2026-12-01' WHERE student_id = 'S0024';
            """)
        try assertFound([
            "class 7А: has no class teacher in 2026/2027", "lesson L000001: 5А on 2026-11-29, a Sunday",
            "mark M0000002: student S0024 was not in 5А on 2026-11-29 (lesson L000001)",
            "marks: 22 more of students outside their enrolment, not listed",
        ])
    }

    func testTooLittleFreeDiskSpaceIsNamed() throws {
        let findings = try JournalStore(path: db).checkJournal(today: "2026-11-27", minimumFreeBytes: 1 << 60)
        XCTAssertEqual(findings.map(\.subject.description), ["disk"])
        XCTAssertTrue(
            findings[0].problem.description.contains("MB free on the journal's volume"), findings[0].problem.description
        )
    }

    func testMissingBackupsAndAFailingFileAreNamed() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a/journal.sqlite"))
        try assertFound(["journal.sqlite: the copy is no longer there"])
        let stale = try ejournal(["--db", db, "--today", "2026-12-20", "-c", "check journal"])
        XCTAssertEqual(stale.status, 65)
        XCTAssertTrue(stale.stdout.contains("backups: the last verified backup is 23 days old"), stale.stdout)
    }

    func testATrailCutBackWithItsTriggersPutBackIsFoundAgainstTheBackup() throws {
        // The forger deletes the import's entry and its rows, then puts the triggers back as they were:
        // the chain left is whole, but the copy on the backup media holds the entry.
        let triggers = try JournalStore(path: db).read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT sql FROM sqlite_schema WHERE name IN ('change_kept_delete', 'change_row_kept_delete')
                    """)
        }
        XCTAssertEqual(triggers.count, 2)
        try tamper(
            """
            DROP TRIGGER change_kept_delete; DROP TRIGGER change_row_kept_delete;
            DELETE FROM change_row WHERE change_id = 2; DELETE FROM change WHERE id = 2;
            """ + triggers.map { $0 + ";" }.joined(separator: "\n"))
        try assertFound([
            "change 2: missing from the trail the backup ", "the trail's history was rewritten",
            "mark M0000001: in the journal, but no change of the trail made it",
        ])
    }

    func testTheTrailIsReadByTheDirectorAndDeputiesAlone() throws {
        let issued = try ejournal(["--db", db, "--format", "csv", "-c", "issue credentials for T002, T006"])
        XCTAssertEqual(issued.status, 0, issued.stderr)
        let lines = issued.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        func password(_ login: String) -> String { lines.first { $0.contains(login) }!.last! }
        for (login, allowed) in [("t002", true), ("t006", false)] {
            let result = try ejournal(
                ["--db", db, "--user", login, "-c", "changes in 5А show id, user, rows"],
                environment: ["EJOURNAL_PASSWORD": password(login), "EJOURNAL_NEW_PASSWORD": "new-password-1"])
            XCTAssertEqual(result.status == 0, allowed, login + ": " + result.stdout + result.stderr)
        }
    }
}
