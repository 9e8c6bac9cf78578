import Foundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Scripts and the shell's dot-commands, end to end on the real binary.
final class ScriptTests: XCTestCase {
    private var db = ""
    private var folder: URL!

    override func setUpWithError() throws {
        (folder, db) = try Fixtures.sampleFolder()
    }

    private func script(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testAnErrorOnLine7StopsTheScriptWithItsPlaceAndExit65() throws {
        let path = try script(
            "audit.ejs",
            """
            -- a script with a mistake on line 7
            .mode csv
            classes in 5
              show name
            classes in 7 show name;

            students in 7Г where risk
            classes in 10 show name
            """)
        let before = try JournalStore(path: db).rowCounts()
        let result = try ejournal(["--db", db, path])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            """
            \(path):7:13: error: there is no class or group "7Г"
             7 | students in 7Г where risk
               |             ^~
            hint: did you mean 7А or 7Б?

            """)
        // Line 3's statement goes on to line 4; nothing after the mistake runs.
        XCTAssertEqual(result.stdout, "name\n5А\nname\n7А\n7Б\n")
        XCTAssertEqual(try JournalStore(path: db).rowCounts(), before)
    }

    func testContinueOnErrorRunsTheRestAndReportsEachFailure() throws {
        let path = try script(
            "many.ejs",
            """
            .mode csv
            classes in 5 show name
            students in 7Г
            classes in 10 show name
            subjects show nosuch
            classes in 7 show name
            """)
        let result = try ejournal(["--db", db, "--continue-on-error", path])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stdout, "name\n5А\nname\n10А\nname\n7А\n7Б\n")
        XCTAssertTrue(result.stderr.contains("\(path):3:13: error: there is no class or group \"7Г\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(path):5:"), result.stderr)
    }

    func testVariablesFromTheCommandLine() throws {
        let path = try script("class.ejs", "classes in $class show name, count(students)\n")
        let result = try ejournal(["--db", db, "--format", "csv", "--set", "class=7Б", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "name,count(students)\n7Б,25\n")
        let missing = try ejournal(["--db", db, path])
        XCTAssertEqual(missing.status, 65)
        XCTAssertTrue(missing.stderr.contains("error: there is no variable $class"), missing.stderr)
        XCTAssertTrue(missing.stderr.contains("hint: give it on the command line: --set class=VALUE"), missing.stderr)
    }

    func testReadRunsScriptsRelativeToTheReadingScriptAndStopsRecursion() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("lib"), withIntermediateDirectories: true)
        _ = try script("lib/inner.ejs", ".mode csv\nclasses in 10 show name\n")
        let outer = try script("outer.ejs", ".read lib/inner.ejs\nclasses in 5 show name\n")
        let result = try ejournal(["--db", db, outer])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "name\n10А\nname\n5А\n")
        let loop = try script("loop.ejs", ".read loop.ejs\n")
        let looped = try ejournal(["--db", db, loop])
        XCTAssertEqual(looped.status, 65)
        XCTAssertTrue(looped.stderr.contains("scripts read each other more than 16 deep"), looped.stderr)
    }

    func testDotCommandsChangeTheOutput() throws {
        let once = folder.appendingPathComponent("once.csv").path
        let result = try ejournal(
            ["--db", db],
            input: """
                .mode csv
                .headers off
                classes in 7 show name
                .once \(once)
                classes in 5 show name
                .mode markdown
                .headers on
                classes in 10 show name, grade
                .mode table
                .maxrows 2
                classes show name
                .today
                .today 2026-10-01
                lessons in 7А during today show date limit 1
                .help maxrows

                """)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            7А
            7Б
            | name | grade |
            | --- | --- |
            | 10А | 10 |
            name
            ----
            5А__
            7А__
            (4 rows, 2 not shown: .maxrows sets how many are)
            2026-11-27
            date______
            ----------
            2026-10-01
            (1 row)
            .maxrows N
                Show at most N rows of a table on the screen (0: all of them).

            """.replacingOccurrences(of: "_", with: " "))
        XCTAssertEqual(try String(contentsOfFile: once, encoding: .utf8), "5А\n")
    }

    func testMistakesInDotCommandsAreExplained() throws {
        let result = try ejournal(["--db", db], input: ".mod csv\n.mode xml\n.maxrows many\n.timer maybe\n")
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            """
            <stdin>:1:1: error: unknown command ".mod"
             1 | .mod csv
               | ^
            hint: did you mean ".mode"?
            <stdin>:2:1: error: "xml" is not an output mode
             2 | .mode xml
               | ^
            hint: the modes are table, csv, json, markdown, csv-excel, html, xlsx
            <stdin>:3:1: error: "many" is not a number of rows
             3 | .maxrows many
               | ^
            hint: .maxrows 50, or .maxrows 0 for all
            <stdin>:4:1: error: .timer takes on or off, not "maybe"
             4 | .timer maybe
               | ^
            hint: .timer on

            """)
    }

    func testSchemaListsSourcesFieldsAndFunctions() throws {
        let result = try ejournal(["--db", db], input: ".schema classes\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("classes\n  fields: name (class), grade (number)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("functions: students(…), marks(…)"), result.stdout)
    }

    // MARK: - The saved maintenance scripts of scripts/journal

    static let saved = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent("scripts/journal")

    func testSavedScriptsSayWhatTheyAreForAndHowToRunThem() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.saved.path).filter {
            $0.hasSuffix(".ejs")
        }
        XCTAssertGreaterThanOrEqual(scripts.count, 4)
        for name in scripts {
            let text = try String(contentsOf: Self.saved.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("-- "), "\(name) starts with a comment saying what it is for")
            XCTAssertTrue(text.contains("ejournal --db"), "\(name) says how to run it")
        }
    }

    func testFortnightlyAuditWritesItsFiles() throws {
        let out = try Fixtures.temporaryFolder()
        let result = try ejournal(
            ["--db", db, Self.saved.appendingPathComponent("fortnightly-audit.ejs").path], directory: out)
        XCTAssertEqual(result.status, 0, result.stderr)
        let audit = try String(contentsOf: out.appendingPathComponent("audit.csv"), encoding: .utf8)
        XCTAssertTrue(audit.hasPrefix("class,teachers,active_teachers,no_marks_%"), audit)
        XCTAssertTrue(audit.contains("\nall,15,15,"), audit)
        let missing = try String(contentsOf: out.appendingPathComponent("missing-homework.csv"), encoding: .utf8)
        XCTAssertTrue(missing.hasPrefix("date,class,subject,teacher,substitute,topic,homework\n2026-11-"), missing)
        for file in ["no-marks.csv", "one-mark.csv"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
    }

    func testParentsToCall() throws {
        let result = try ejournal([
            "--db", db, "--format", "csv", "--set", "class=7Б",
            Self.saved.appendingPathComponent("parents-to-call.ejs").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "name,phone,email,children")
        XCTAssertEqual(lines.count, 21)
        XCTAssertTrue(
            lines.contains("Волков Евгений Владимирович,+7 952 221-26-27,p0100@mail.ru,Волкова Мария Евгеньевна"))
    }

    func testRiskDigest() throws {
        let result = try ejournal([
            "--db", db, "--format", "csv", Self.saved.appendingPathComponent("risk-digest.ejs").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.hasPrefix(
                """
                class,name,risk_reason,list(marks(today)),absences(today),lates(today)
                5А,Иванов Михаил Дмитриевич,поведение,4 5,0,0
                """), result.stdout)
    }

    func testLateEntries() throws {
        let result = try ejournal([
            "--db", db, "--format", "csv", "--set", "period=1",
            Self.saved.appendingPathComponent("late-entries.ejs").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("entered_by,count()\nСоколова Ксения Александровна,97\n"), result.stdout)
        XCTAssertTrue(
            result.stdout.contains("date,class,subject,student,kind,entered_at,delay,entered_by\n"), result.stdout)
    }

    /// A statement over many lines is read line by line, each scanned once: four thousand lines
    /// make one statement, with its line numbers, as four make one.
    func testAStatementOverThousandsOfLinesIsOneStatement() throws {
        let folder = try Fixtures.temporaryFolder()
        let script = folder.appendingPathComponent("long.ejs").path
        var text = "students in 7А\nshow name,\n"
        for _ in 0..<4000 { text += "-- a comment line\n\n" }
        text += "class\norder by name\nlimit 2\n"
        try text.write(toFile: script, atomically: true, encoding: .utf8)
        let result = try ejournal(["--db", db, "--format", "csv", script])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 3, result.stdout)
    }
}
