import Foundation
import JournalStore
import TestSupport
import XCTest

/// Dot-commands that touch files (`.output`, `.once`, `.read`) under the roles: never the
/// journal's own files; for users who logged in only inside the folders the operator set, and
/// for parents and students not at all.
final class FileAccessTests: XCTestCase {
    private var folder: URL!
    private var db = ""
    private var exports = ""
    private var scripts = ""
    private var users: JournalUsers!

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder()
        db = folder.appendingPathComponent("journal.sqlite").path
        exports = folder.appendingPathComponent("exports").path
        scripts = folder.appendingPathComponent("scripts").path
        for made in [exports, scripts] {
            try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        }
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        users = try JournalUsers(db: db, issuing: "T003, T007, S0055")
    }

    /// Types `lines` into the shell of `login` (nil: the local administrator).
    private func shell(_ login: String?, _ lines: String) throws -> CommandResult {
        let result = try users.run(login, ["--today", SampleSchool.today], input: lines, directory: folder)
        XCTAssertNotEqual(result.status, 77, "\(login ?? "") could not log in: \(result.stderr)")
        return result
    }

    private func journalBytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: db)) }

    func testAStudentWritesAndReadsNoFile() throws {
        let before = try JournalStore(path: db).rowCounts()
        let once = try shell("s0055", ".once \(db)\ndiary\n")
        XCTAssertNotEqual(once.status, 0)
        XCTAssertTrue(once.stderr.contains("Баранов Ярослав may not write results to files"), once.stderr)
        let read = try shell("s0055", ".read /etc/hostname\n")
        XCTAssertNotEqual(read.status, 0)
        XCTAssertTrue(read.stderr.contains("may not run script files"), read.stderr)
        XCTAssertFalse(
            read.stderr.contains(
                try String(contentsOfFile: "/etc/hostname", encoding: .utf8).trimmingCharacters(
                    in: .whitespacesAndNewlines)), read.stderr)
        // The journal is whole; only the student's log-ins were recorded (visits).
        var after = try JournalStore(path: db).rowCounts()
        after["visit"] = before["visit"]
        XCTAssertEqual(after, before)
        XCTAssertEqual(try JournalStore(path: db).integrityProblems(), [])
    }

    func testNoOneWritesOrRunsTheJournalsOwnFiles() throws {
        let copy = folder.appendingPathComponent("copy.sqlite").path
        XCTAssertEqual(try ejournal(["--db", db, "-c", "backup to '\(copy)'"]).status, 0)
        let before = try journalBytes()
        let copyBefore = try Data(contentsOf: URL(fileURLWithPath: copy))
        for target in [
            db, "journal.sqlite", "./exports/../journal.sqlite", db + "-wal", db + "-journal", copy,
            copy + ".manifest.json",
        ] {
            for command in [".once", ".output", ".read"] {
                let result = try shell(nil, "\(command) \(target)\nclasses\n")
                XCTAssertNotEqual(result.status, 0, "\(command) \(target)")
                XCTAssertTrue(
                    result.stderr.contains("is one of the journal's own files"),
                    "\(command) \(target): \(result.stderr)")
            }
        }
        XCTAssertEqual(try journalBytes(), before)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: copy)), copyBefore)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-wal"))
        // Any other file is the administrator's to write, as with sqlite3.
        let elsewhere = folder.appendingPathComponent("classes.csv").path
        let written = try shell(nil, ".mode csv\n.once \(elsewhere)\nclasses\n")
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(try String(contentsOfFile: elsewhere, encoding: .utf8).hasPrefix("name,grade"))
    }

    func testStaffWriteAndReadOnlyInsideTheFoldersTheOperatorSet() throws {
        let none = try shell("t007", ".once marks.csv\nmarks in 7А during this week\n")
        XCTAssertNotEqual(none.status, 0)
        XCTAssertTrue(none.stderr.contains("the operator has set no export folder"), none.stderr)
        XCTAssertTrue(none.stderr.contains("hint: the operator sets one: set export folder"), none.stderr)
        let teacherSets = try shell("t007", "set export folder \"\(folder.path)\"\n")
        XCTAssertNotEqual(teacherSets.status, 0)
        XCTAssertTrue(teacherSets.stderr.contains("Антонова Арина may not"), teacherSets.stderr)
        let operatorSets = try shell("t003", "set export folder \"\(exports)\"\nset scripts folder \"\(scripts)\"\n")
        XCTAssertEqual(operatorSets.status, 0, operatorSets.stderr)
        XCTAssertTrue(operatorSets.stdout.contains("the export folder is \(exports)"), operatorSets.stdout)

        let own = try shell("t007", ".mode csv\n.once marks.csv\nmarks in 7А during this week\n")
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertTrue(try String(contentsOfFile: exports + "/marks.csv", encoding: .utf8).hasPrefix("id,student"))
        try FileManager.default.createSymbolicLink(atPath: exports + "/out.csv", withDestinationPath: db)
        for target in ["../journal.sqlite", "\(folder.path)/elsewhere.csv", "/tmp/marks.csv", "out.csv"] {
            let result = try shell("t007", ".once \(target)\nmarks in 7А during this week\n")
            XCTAssertNotEqual(result.status, 0, target)
            XCTAssertTrue(
                result.stderr.contains("Антонова Арина may not write results to files outside the export folder"),
                target + ": " + result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/elsewhere.csv"))
        XCTAssertEqual(try JournalStore(path: db).integrityProblems(), [])

        try "marks in 7А during this week by subject show subject, count()\n".write(
            toFile: scripts + "/count.ejs", atomically: true, encoding: .utf8)
        let script = try shell("t007", ".read count.ejs\n")
        XCTAssertEqual(script.status, 0, script.stderr)
        XCTAssertTrue(script.stdout.contains("Алгебра"), script.stdout)
        let outside = try shell("t007", ".read /etc/hostname\n")
        XCTAssertNotEqual(outside.status, 0)
        XCTAssertTrue(outside.stderr.contains("may not run script files outside the scripts folder"), outside.stderr)
    }

    /// `--output FILE` keeps the rules of `.output`: a user who logged in writes only inside the export
    /// folder (a relative path starts there), and no one writes the journal's own files.
    func testOutputOnTheCommandLineKeepsTheFolderRules() throws {
        let query = ["--today", SampleSchool.today, "-c", "marks in 7А during this week"]
        let none = try users.run("t007", query + ["--output", "marks.csv"], directory: folder)
        XCTAssertNotEqual(none.status, 0)
        XCTAssertTrue(none.stderr.contains("the operator has set no export folder"), none.stderr)
        XCTAssertEqual(try shell("t003", "set export folder \"\(exports)\"\n").status, 0)
        let own = try users.run("t007", query + ["--format", "xlsx", "--output", "marks.xlsx"], directory: folder)
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertTrue(own.stderr.hasPrefix("written to \(exports)/marks.xlsx: "), own.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: exports + "/marks.xlsx"))
        let outside = try users.run("t007", query + ["--output", "/tmp/marks.csv"], directory: folder)
        XCTAssertNotEqual(outside.status, 0)
        XCTAssertTrue(outside.stderr.contains("may not write results to files outside the export folder"))
        let journal = try users.run(nil, query + ["--output", db], directory: folder)
        XCTAssertNotEqual(journal.status, 0)
        XCTAssertEqual(try JournalStore(path: db).integrityProblems(), [])
    }
}
