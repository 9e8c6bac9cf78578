import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// Backups (R6): two media, verified copies with manifests, restore that refuses a bad copy.
final class BackupTests: XCTestCase {
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
    }

    private func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    func testBackupToTwoMediaWritesVerifiedCopiesWithManifests() throws {
        let result = try ejournal([
            "--db", db, "-c", "backup to '\(path("a/journal.sqlite"))', '\(path("b/journal.sqlite"))'",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("backup to \(path("a/journal.sqlite")): verified, sha256 "), result.stdout)
        let counts = try JournalStore(path: db).rowCounts()
        for copy in ["a/journal.sqlite", "b/journal.sqlite"] {
            let manifest = try JournalStore.verifyBackup(at: path(copy))
            XCTAssertEqual(manifest.rows, counts)
            XCTAssertEqual(manifest.year, "2026/2027")
            XCTAssertEqual(try JournalStore(path: path(copy)).integrityProblems(), [])
        }
        let status = try ejournal(["--db", db, "--today", "2027-06-10", "-c", "backup status"])
        XCTAssertTrue(status.stdout.contains("this year's verified backups: 2, on 2 media"), status.stdout)
        XCTAssertFalse(status.stdout.contains("warning"), status.stdout)
    }

    func testAFailingMediumIsReportedAndTheOtherCopyIsMade() throws {
        let result = try ejournal([
            "--db", db, "-c", "backup to '\(path("missing/journal.sqlite"))', '\(path("b/journal.sqlite"))'",
        ])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(
            result.stderr.contains("backup to \(path("missing/journal.sqlite")) FAILED: the folder"), result.stderr)
        XCTAssertTrue(result.stderr.contains("error: 1 of 2 backup copies failed"), result.stderr)
        XCTAssertNoThrow(try JournalStore.verifyBackup(at: path("b/journal.sqlite")))
        let status = try ejournal(["--db", db, "--today", "2027-06-10", "-c", "backup status"])
        XCTAssertTrue(status.stdout.contains("on 1 medium"), status.stdout)
        XCTAssertTrue(status.stdout.contains("warning: back up onto two media by 2027-06-30 (R6)"), status.stdout)
    }

    func testRestoreRefusesACopyWithOneByteChangedAndKeepsTheJournal() throws {
        let copy = path("a/journal.sqlite")
        XCTAssertEqual(try ejournal(["--db", db, "-c", "backup to '\(copy)'"]).status, 0)
        // One byte, in the middle of the file.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: copy))
        try JournalStore(path: db).write { db in try db.execute(sql: "DELETE FROM visit") }
        let before = try JournalStore(path: db).rowCounts()
        let result = try ejournal(["--db", db, "-c", "restore from '\(copy)'"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("error: the copy fails its checksum"), result.stderr)
        XCTAssertEqual(try JournalStore(path: db).rowCounts(), before)
    }

    func testRestoreBringsBackTheRowsOfAGoodCopy() throws {
        let copy = path("b/journal.sqlite")
        XCTAssertEqual(try ejournal(["--db", db, "-c", "backup to '\(copy)'"]).status, 0)
        let original = try JournalStore(path: db).rowCounts()
        try JournalStore(path: db).write { db in try db.execute(sql: "DELETE FROM visit") }
        let result = try ejournal(["--db", db, "-c", "restore from '\(copy)'"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try JournalStore(path: db).rowCounts(), original)
        XCTAssertEqual(try JournalStore(path: db).integrityProblems(), [])
    }

    func testBackupStatusWarnsFromJuneWithoutBackups() throws {
        let may = try ejournal(["--db", db, "--today", "2027-05-20", "-c", "backup status"])
        XCTAssertEqual(may.stdout, "this year's verified backups: 0, on 0 media\n")
        let july = try ejournal(["--db", db, "--today", "2027-07-01", "-c", "backup status"])
        XCTAssertTrue(
            july.stdout.contains("warning: the regulation's deadline (2027-06-30) has passed"), july.stdout)
    }

    func testKillingTheProcessInTheMiddleOfABackupLeavesEverythingWholeOrAbsent() throws {
        let big = path("big.sqlite")
        XCTAssertEqual(try ejournal(["demo", "--db", big, "--classes", "12", "--until", "2027-05-26"]).status, 0)
        let before = try JournalStore(path: big).rowCounts()
        let copy = path("a/journal.sqlite")
        for delay in [0.02, 0.05, 0.1, 0.2] {
            for leftover in [copy, BackupManifest.path(for: copy), copy + ".part"] {
                try? FileManager.default.removeItem(atPath: leftover)
            }
            try ejournalKilled(["--db", big, "-c", "backup to '\(copy)'"], after: delay)
            // The journal is as it was; a copy in place is a whole, verified one.
            let store = try JournalStore(path: big)
            XCTAssertEqual(try store.integrityProblems(), [])
            XCTAssertEqual(try store.rowCounts(), before)
            if FileManager.default.fileExists(atPath: copy) {
                XCTAssertNoThrow(try JournalStore.verifyBackup(at: copy), "after \(delay) s")
            }
        }
    }

    /// A backup writes a new file or replaces an earlier copy of this journal, and nothing else:
    /// whatever else is at the path is refused by name and left exactly as it was.
    func testABackupNeverTakesThePlaceOfAnythingButAnEarlierCopy() throws {
        let fm = FileManager.default
        let letter = path("a/letter.txt")
        try Data("Dear parents".utf8).write(to: URL(fileURLWithPath: letter))
        let folderWithFiles = path("a/photos")
        try fm.createDirectory(atPath: folderWithFiles, withIntermediateDirectories: true)
        try Data("jpeg".utf8).write(to: URL(fileURLWithPath: folderWithFiles + "/1.jpg"))
        let link = path("a/link.sqlite")
        try fm.createSymbolicLink(atPath: link, withDestinationPath: letter)
        let pipe = path("a/pipe")
        XCTAssertEqual(mkfifo(pipe, 0o644), 0)
        let otherSchool = path("other.sqlite")
        try fm.copyItem(atPath: db, toPath: otherSchool)
        try JournalStore(path: otherSchool).write { db in try db.execute(sql: "UPDATE school SET name = 'Гимназия 2'") }
        XCTAssertEqual(try ejournal(["--db", otherSchool, "-c", "backup to '\(path("b/other.sqlite"))'"]).status, 0)
        let journalBytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let cases: [(String, String)] = [
            (letter, "exists and is not a backup copy of this journal (it has no manifest)"),
            (folderWithFiles, "is a folder, not a backup copy"),
            (link, "is a link: a backup does not follow links"),
            (pipe, "is not a plain file (a device or a pipe)"),
            ("/dev/null", "is not a plain file (a device or a pipe)"),
            (db, "is the journal's own file: a backup cannot be written over the journal"),
            (path("a/../journal.sqlite"), "is the journal's own file"),
            (db + "-journal", "is the journal's own file"),
            (db + "-wal", "is the journal's own file"),
            (path("b/other.sqlite"), "is a backup copy of another journal (Гимназия 2)"),
        ]
        for (target, reason) in cases {
            // The good medium named first is not written either: the statement is refused whole.
            let result = try ejournal(["--db", db, "-c", "backup to '\(path("b/journal.sqlite"))', '\(target)'"])
            XCTAssertEqual(result.status, 65, target)
            XCTAssertTrue(result.stderr.contains("error: \(target) \(reason)"), result.stderr)
            XCTAssertFalse(result.stderr.contains("internal error"), result.stderr)
            XCTAssertFalse(fm.fileExists(atPath: path("b/journal.sqlite")), target)
        }
        XCTAssertEqual(try String(contentsOfFile: letter, encoding: .utf8), "Dear parents")
        XCTAssertEqual(try String(contentsOfFile: folderWithFiles + "/1.jpg", encoding: .utf8), "jpeg")
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: link), letter)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), journalBytes)
        XCTAssertEqual(try JournalStore(path: db).integrityProblems(), [])
        XCTAssertEqual(
            try fm.contentsOfDirectory(atPath: path("a")).sorted(), ["letter.txt", "link.sqlite", "photos", "pipe"])
        // An earlier copy of this journal is replaced by the new one.
        let copy = path("a/journal.sqlite")
        XCTAssertEqual(try ejournal(["--db", db, "-c", "backup to '\(copy)'"]).status, 0)
        try JournalStore(path: db).write { db in try db.execute(sql: "UPDATE school SET today = '2026-11-28'") }
        let again = try ejournal(["--db", db, "-c", "backup to '\(copy)'"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try JournalStore.verifyBackup(at: copy).school, try schoolName())
        let today = try DatabaseQueue(path: copy).read { db in try String.fetchOne(db, sql: "SELECT today FROM school")
        }
        XCTAssertEqual(today, "2026-11-28")
    }

    private func schoolName() throws -> String {
        try JournalStore(path: db).read { db in try String.fetchOne(db, sql: "SELECT name FROM school") ?? "" }
    }

    func testAPathMustBeQuoted() throws {
        let result = try ejournal(["--db", db, "-c", "backup to journal"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("error: a path is written in quotes, not as \"journal\""), result.stderr)
    }
}
