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

    func testTableFormatAlignsCyrillicByLettersAndNumbersRight() throws {
        let result = try ejournal(["--db", db, "-c", "classes show name, grade, count(students)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            name | grade | count(students)
            -----+-------+----------------
            5А   |     5 |              28
            7А   |     7 |              28
            7Б   |     7 |              25
            10А  |    10 |              26
            (4 rows)

            """)
    }

    /// SQLite's memory is mimalloc's when it is installed; EJOURNAL_SQLITE_MALLOC=system gives it the C
    /// library's malloc instead: the same answers either way.
    func testTheSameAnswersWithSQLiteOnTheSystemAllocator() throws {
        let query =
            "students in 7А where marks(math, term 1) < 3.5 show name, marks(math, term 1); "
            + "classes show name, count(students)"
        let mimalloc = try ejournal(["--db", db, "--format", "csv", "--today", "2026-11-27", "-c", query])
        let system = try ejournal(
            ["--db", db, "--format", "csv", "--today", "2026-11-27", "-c", query],
            environment: ["EJOURNAL_SQLITE_MALLOC": "system"])
        XCTAssertEqual(mimalloc.status, 0, mimalloc.stderr)
        XCTAssertEqual(system.status, 0, system.stderr)
        XCTAssertTrue(mimalloc.stdout.contains("7А,28"), mimalloc.stdout)
        XCTAssertEqual(system.stdout, mimalloc.stdout)
    }

    /// libsodium is loaded at its first use, not at the start: a query never loads it (the dynamic
    /// loader's own account, `LD_DEBUG=libs`, names each library it opens); checking the journal's
    /// trail (SHA-256) does, and finds it whole.
    func testLibsodiumIsLoadedOnlyWhenItIsNeeded() throws {
        let query = try ejournal(
            ["--db", db, "--format", "csv", "-c", "classes show name"], environment: ["LD_DEBUG": "libs"])
        XCTAssertEqual(query.status, 0, query.stderr)
        XCTAssertTrue(query.stdout.contains("7А"), query.stdout)
        XCTAssertTrue(query.stderr.contains("libsqlite3"), "the loader's account is there")
        XCTAssertFalse(query.stderr.contains("libsodium"), "a query does not load libsodium")
        let check = try ejournal(
            ["--db", db, "--today", "2026-11-27", "-c", "check journal"], environment: ["LD_DEBUG": "libs"])
        // The one problem of the sample school: no backup yet; its trail is whole.
        let said = check.stdout + check.stderr
        XCTAssertTrue(said.contains("no verified backup") && said.contains("found 1 problem"), said)
        XCTAssertTrue(check.stderr.contains("libsodium"), "checking the trail loads libsodium")
    }

    /// Without libsodium (a `dlopen` that refuses it, preloaded), a query still answers; what needs
    /// the library (checking the trail) ends with EX_UNAVAILABLE and says what to install, in the
    /// user's language.
    func testWithoutLibsodiumWhatNeedsItSaysWhatToInstall() throws {
        let folder = try Fixtures.temporaryFolder("nosodium")
        let source = folder.appendingPathComponent("refuse.c")
        let shim = folder.appendingPathComponent("refuse.so")
        try """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <string.h>
        void *dlopen(const char *file, int mode) {
            static void *(*real)(const char *, int);
            if (!real) real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
            if (file && strstr(file, "libsodium")) return 0;
            return real(file, mode);
        }
        """.write(to: source, atomically: true, encoding: .utf8)
        let compiler = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let built = try runTool(try XCTUnwrap(compiler), ["-shared", "-fPIC", "-o", shim.path, source.path, "-ldl"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let refuse = ["LD_PRELOAD": shim.path]
        let query = try ejournal(["--db", db, "--format", "csv", "-c", "classes show name"], environment: refuse)
        XCTAssertEqual(query.status, 0, query.stderr)
        XCTAssertTrue(query.stdout.contains("7А"), query.stdout)
        for (language, what, hint) in [
            ("en", "libsodium is not installed", "apt-get install libsodium23"),
            ("ru", "не установлена библиотека libsodium", "установите её"),
        ] {
            var environment = refuse
            environment["EJOURNAL_LANG"] = language
            let check = try ejournal(
                ["--db", db, "--today", "2026-11-27", "-c", "check journal"], environment: environment)
            XCTAssertEqual(check.status, 69, check.stdout + check.stderr)
            XCTAssertTrue(check.stderr.contains(what) && check.stderr.contains(hint), check.stderr)
        }
    }

    func testCSVFormatQuotesWhatNeedsIt() throws {
        let result = try ejournal([
            "--db", db, "--format", "csv", "-c", "lessons in 5А during on 2026-09-01 show id, homework limit 2",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "id,homework\nL000001,\"§1, упр. 26\"\nL000002,\"§2, упр. 5\"\n")
    }

    func testJSONFormatKeepsColumnOrderAndNulls() throws {
        let result = try ejournal([
            "--db", db, "--format", "json", "-c",
            "subjects where code = \"alg\" or code = \"math\" show code, name, parent",
        ])
        XCTAssertEqual(
            result.stdout,
            """
            [
              {"code": "math", "name": "Математика", "parent": null},
              {"code": "alg", "name": "Алгебра", "parent": "Математика"}
            ]

            """)
    }

    func testMarkdownFormatAndSeveralStatements() throws {
        let result = try ejournal([
            "--db", db, "--format", "markdown", "-c",
            "classes in 7 show name, count(students); subjects where code = \"alg\" show name",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            | name | count(students) |
            | --- | --- |
            | 7А | 28 |
            | 7Б | 25 |
            | name |
            | --- |
            | Алгебра |

            """)
    }

    func testTodayIsTheStoresUnlessGiven() throws {
        // 2026-11-27 is the sample's today: lessons "today" are that day's.
        let stored = try ejournal(["--db", db, "--format", "csv", "-c", "lessons in 7А during today show date limit 1"])
        XCTAssertEqual(stored.stdout, "date\n2026-11-27\n")
        let given = try ejournal([
            "--db", db, "--today", "2026-10-01", "--format", "csv", "-c",
            "lessons in 7А during today show date limit 1",
        ])
        XCTAssertEqual(given.stdout, "date\n2026-10-01\n")
    }

    func testStatementsFromStandardInput() throws {
        let result = try ejournal(
            ["--db", db, "--format", "csv"],
            input: "classes in 5 show count(students)\nclasses in 10 show count(students)\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "count(students)\n28\ncount(students)\n26\n")
    }

    func testUsageErrorsExit64() throws {
        let badFormat = try ejournal(["--db", db, "--format", "xml", "-c", "SELECT 1"])
        XCTAssertEqual(badFormat.status, 64)
        XCTAssertTrue(badFormat.stderr.contains("xml"), badFormat.stderr)
        let badDate = try ejournal(["--db", db, "--today", "2026-02-30", "-c", "SELECT 1"])
        XCTAssertEqual(badDate.status, 64)
        XCTAssertTrue(badDate.stderr.contains("--today takes a date as YYYY-MM-DD"), badDate.stderr)
    }

    func testBadQueryExits65WithWhereWhatAndHow() throws {
        let result = try ejournal(["--db", db, "-c", "students in 7Г where marks(math) < 3"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr,
            """
            <command line>:1:13: error: there is no class or group "7Г"
             1 | students in 7Г where marks(math) < 3
               |             ^~
            hint: did you mean 7А or 7Б?

            """)
        XCTAssertEqual(result.stdout, "")
    }

    func testExplainPrintsTheSQLWithItsParameters() throws {
        let result = try ejournal(["--db", db, "-c", "explain students in 7А where risk"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("FROM student s JOIN class c ON c.id = s.class_id"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("-- parameters: ?1 = 2\n"), result.stdout)
    }

    func testExplainQueryPlanShowsSQLitesPlan() throws {
        let result = try ejournal(["--db", db, "-c", "explain query plan students in 7А where marks(math, term 2) < 3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("QUERY PLAN\n"), result.stdout)
        // The class's lessons of the span by class and date, their marks by lesson.
        XCTAssertTrue(result.stdout.contains("USING INDEX lesson_by_class_date"), result.stdout)
        XCTAssertTrue(result.stdout.contains("USING INDEX mark_by_lesson"), result.stdout)
    }

    func testExplainOfAReportShowsEachTable() throws {
        let result = try ejournal(["--db", db, "-c", "explain report 7А term 1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.hasPrefix(
                "-- 7А: summary sheet, term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27\nWITH cls AS"),
            result.stdout)
        for title in ["results of the classes", "marks and period grades", "attendance"] {
            XCTAssertTrue(
                result.stdout.contains(
                    "\n-- \(title), term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27\nWITH cls AS"),
                result.stdout)
        }
    }

    /// The diary's two tables in CSV: a titled section each, an empty line between them.
    func testADiaryPrintsTheStudentsDayUnderItsTitle() throws {
        let result = try ejournal(["--db", db, "--format", "csv", "-c", "diary S0001 on 2026-11-18"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.hasPrefix(
                "\"diary of Тарасова Виктория Николаевна, 5А, on 2026-11-18\"\n"
                    + "date,lesson,subject,teacher,topic,homework,marks,absence\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains(",sick\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains(",sick\n\n\"period grades of "), result.stdout)
        XCTAssertTrue(result.stdout.contains("\nsubject,period,grade\n"), result.stdout)
    }

    func testReportsPrintTitledTables() throws {
        let result = try ejournal(["--db", db, "-c", "audit in 5А during term 1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("audit, term 1\nclass | teachers | active_teachers |"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\nall   |"), result.stdout)
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

    /// One error, one exit code, whichever way the statement came: a mistake in the input is 65,
    /// a statement the store cannot run (here a table renamed behind ejournal's back) is 70.
    func testAnErrorHasOneExitCodeThroughTheCommandLineScriptsAndTheShell() throws {
        let folder = try Fixtures.temporaryFolder()
        let script = folder.appendingPathComponent("visits.ejs").path
        try "visits\n".write(toFile: script, atomically: true, encoding: .utf8)
        let mistake = folder.appendingPathComponent("mistake.ejs").path
        try "studnets\n".write(toFile: mistake, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ejournal(["--db", db, "-c", "studnets"]).status, 65)
        XCTAssertEqual(try ejournal(["--db", db, mistake]).status, 65)
        XCTAssertEqual(try ejournal(["--db", db], input: "studnets\n").status, 65)
        try JournalStore(path: db).write { db in try db.execute(sql: "ALTER TABLE visit RENAME TO visit_moved") }
        for result in [
            try ejournal(["--db", db, "-c", "visits"]), try ejournal(["--db", db, script]),
            try ejournal(["--db", db], input: "visits\n"),
        ] {
            XCTAssertEqual(result.status, 70, result.stderr)
            XCTAssertTrue(result.stderr.contains("internal error: SQLite could not run a statement"), result.stderr)
        }
    }

    /// A span some classes have not reached, or lack, is named under the result, never left out
    /// without a word; programs (csv, json) get the note on standard error.
    func testASpanSomeClassesLackIsNamedInANote() throws {
        let table = try ejournal([
            "--db", db, "--today", "2026-11-27", "-c", "lessons during term 2 by class show class, count()",
        ])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(
            table.stdout.hasSuffix("(3 rows)\nnote: 10А: term 2 is half 2, from 2027-01-11 — not begun, no rows yet\n"),
            table.stdout)
        let csv = try ejournal([
            "--db", db, "--today", "2026-11-27", "--format", "csv", "-c", "classes show name, marks(term 3)",
        ])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertFalse(csv.stdout.contains("note"), csv.stdout)
        XCTAssertEqual(
            csv.stderr,
            "note: 5А, 7А, 7Б: term 3 is quarter 3, from 2027-01-11 — not begun, no rows yet\n"
                + "note: 10А: the year has no half 3 — nothing of term 3 for 10А\n")
        let whole = try ejournal([
            "--db", db, "--today", "2026-11-27", "-c", "lessons in 7А during term 1 by class show class, count()",
        ])
        XCTAssertFalse(whole.stdout.contains("note"), whole.stdout)
    }

    /// `.output FILE`, then `.output` into a folder that is not there, then a statement: an error,
    /// and the results come back to the screen (it crashed on a closed file).
    func testAnOutputFileThatCannotBeMadeSendsResultsBackToTheScreen() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = folder.appendingPathComponent("first.txt").path
        let result = try ejournal(
            ["--db", db], input: ".output \(first)\nclasses\n.output /nonexistent/folder/x.txt\nclasses\n")
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("error: cannot write to /nonexistent/folder/x.txt"), result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("name | grade"), result.stdout)
        XCTAssertTrue(try String(contentsOfFile: first, encoding: .utf8).hasPrefix("name | grade"))
    }

    /// A long table is laid out from its first thousand rows and streamed: every row, one
    /// header, the count at the end, and `.maxrows` still cuts it.
    func testALongTableStreamsEveryRowUnderOneHeader() throws {
        let all = try ejournal(["--db", db, "-c", "marks"])
        XCTAssertEqual(all.status, 0, all.stderr)
        let lines = all.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + 6397 + 1)
        XCTAssertTrue(lines[0].hasPrefix("id       | student"), String(lines[0]))
        XCTAssertEqual(lines.filter { $0.hasPrefix("id ") }.count, 1)
        XCTAssertEqual(lines.last, "(6397 rows)")
        let cut = try ejournal(["--db", db], input: ".maxrows 1500\nmarks\n")
        let shown = cut.stdout.split(separator: "\n")
        XCTAssertEqual(shown.count, 2 + 1500 + 1)
        XCTAssertEqual(shown.last, "(6397 rows, 4897 not shown: .maxrows sets how many are)")
    }
}
