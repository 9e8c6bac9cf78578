import Foundation
import JournalStore
import TestSupport
import XCTest

/// End-to-end: argv in, stdout, stderr and the exit code out, on the real binary.
final class CommandLineTests: XCTestCase {
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        let result = try ejournal(["import", Fixtures.sampleSchool.path, "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("imported 16008 rows from 17 files into \(db)"), result.stdout)
    }

    func testTableFormatAlignsCyrillicByLetters() throws {
        let result = try ejournal(["--db", db, "-c", "SELECT name, grade, scheme FROM class ORDER BY grade, name"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            name | grade | scheme 
            -----+-------+--------
            5А   |     5 | quarter
            7А   |     7 | quarter
            7Б   |     7 | quarter
            10А  |    10 | half   
            (4 rows)

            """)
    }

    func testCSVFormat() throws {
        let result = try ejournal([
            "--db", db, "--format", "csv", "-c",
            "SELECT id, homework FROM lesson WHERE id IN ('L000001', 'L000002') ORDER BY id",
        ])
        XCTAssertEqual(result.stdout, "id,homework\nL000001,\"§1, упр. 26\"\nL000002,\"§2, упр. 5\"\n")
    }

    func testJSONFormatKeepsColumnOrderAndNulls() throws {
        let result = try ejournal([
            "--db", db, "--format", "json", "-c",
            "SELECT code, name, parent FROM subject WHERE code IN ('alg', 'math') ORDER BY code",
        ])
        XCTAssertEqual(
            result.stdout,
            """
            [
              {"code": "alg", "name": "Алгебра", "parent": "math"},
              {"code": "math", "name": "Математика", "parent": null}
            ]

            """)
    }

    func testMarkdownFormatAndSeveralStatements() throws {
        let result = try ejournal([
            "--db", db, "--format", "markdown", "-c",
            "SELECT count(*) AS marks FROM mark; SELECT name FROM school",
        ])
        XCTAssertEqual(
            result.stdout,
            """
            | marks |
            | --- |
            | 6397 |
            | name |
            | --- |
            | МБОУ «Средняя школа № 14» |

            """)
    }

    func testTodayIsTheStoresUnlessGiven() throws {
        XCTAssertEqual(
            try ejournal(["--db", db, "--format", "csv", "-c", "SELECT journal_today()"]).stdout,
            "journal_today()\n2026-11-27\n")
        XCTAssertEqual(
            try ejournal(["--db", db, "--today", "2026-10-01", "--format", "csv", "-c", "SELECT journal_today()"])
                .stdout,
            "journal_today()\n2026-10-01\n")
    }

    func testStatementsFromStandardInput() throws {
        let result = try ejournal(
            ["--db", db, "--format", "csv"], input: "SELECT count(*) FROM student\nSELECT count(*) FROM parent\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "count(*)\n107\ncount(*)\n181\n")
    }

    func testUsageErrorsExit64() throws {
        let badFormat = try ejournal(["--db", db, "--format", "xml", "-c", "SELECT 1"])
        XCTAssertEqual(badFormat.status, 64)
        XCTAssertTrue(badFormat.stderr.contains("xml"), badFormat.stderr)
        let badDate = try ejournal(["--db", db, "--today", "2026-02-30", "-c", "SELECT 1"])
        XCTAssertEqual(badDate.status, 64)
        XCTAssertTrue(badDate.stderr.contains("--today takes a date as YYYY-MM-DD"), badDate.stderr)
    }

    func testBadStatementExits65WithAnExplainedError() throws {
        let result = try ejournal(["--db", db, "-c", "SELECT nme FROM class"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("error: the SQL could not run: no such column: nme"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testTheReadPathCannotWrite() throws {
        let result = try ejournal(["--db", db, "-c", "DELETE FROM mark"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(try JournalStore(path: db).rowCounts()["mark"], 6397)
    }

    func testMissingJournalIsExplained() throws {
        let missing = try Fixtures.storePath()
        let result = try ejournal(["--db", missing, "-c", "SELECT 1"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("there is no journal at \(missing)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("hint: make one with: ejournal demo"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func testFailedImportExits65AndLeavesNoFile() throws {
        let folder = try Fixtures.temporaryFolder()
        try "name,year\nШкола,2026-2027\n".write(
            to: folder.appendingPathComponent("school.csv"), atomically: true, encoding: .utf8)
        let target = try Fixtures.storePath()
        let result = try ejournal(["import", folder.path, "--db", target])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            """
            school.csv:2:7: error: "2026-2027" is not a school year
             2 | Школа,2026-2027
               |       ^~~~~~~~~
            hint: write a school year as 2026/2027

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }

    func testExportWritesTheFolder() throws {
        let out = try Fixtures.temporaryFolder()
        let result = try ejournal(["export", out.path, "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "exported 16008 rows in 17 files to \(out.path)\n")
        XCTAssertEqual(
            try Fixtures.normalizedRows(out.appendingPathComponent("marks.csv")),
            try Fixtures.normalizedRows(Fixtures.sampleSchool.appendingPathComponent("marks.csv")))
    }
}
