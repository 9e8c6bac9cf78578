import Foundation
import GRDB
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Writing statements that the store refuses on its rows: each message says where and what,
/// with a hint, and nothing is written.
final class KeepingRefusalTests: XCTestCase {
    func testRefusalsPointAtTheWordsAndWriteNothing() throws {
        let store = try Fixtures.sampleStore()
        let session = Session(store: store, today: SampleSchool.today, write: { _ in })
        let before = try store.rowCounts()
        let cases: [(String, String)] = [
            (
                "mark 7А chem 2026-11-27: Баранов 5",
                """
                <command line>:1:6: error: there is no such lesson: 7А chem on 2026-11-27
                 1 | mark 7А chem 2026-11-27: Баранов 5
                   |      ^~~~~~~~~~~~~~~~~~
                hint: that day 7А had: 1 eng (7А-eng-1), 1 eng (7А-eng-2), 2 pe, 3 alg, 4 bio, 5 phys
                """
            ),
            (
                "mark 7А eng 2026-11-27: Баранов 5",
                """
                <command line>:1:6: error: 7А eng on 2026-11-27 could be 2 lessons
                 1 | mark 7А eng 2026-11-27: Баранов 5
                   |      ^~~~~~~~~~~~~~~~~
                hint: say which with the subject, the group or `lesson N`: 1 eng (7А-eng-1), 1 eng (7А-eng-2), \
                2 pe, 3 alg, 4 bio, 5 phys
                """
            ),
            (
                "mark 7А-eng-1 eng 2026-11-27: Баранов 5",
                """
                <command line>:1:31: error: S0055 is not in the group of 7А-eng-1 Английский язык lesson 1 on 2026-11-27
                 1 | mark 7А-eng-1 eng 2026-11-27: Баранов 5
                   |                               ^~~~~~~~~
                hint: groups are split by a deputy (R34)
                """
            ),
            (
                "topic 7А alg 2026-11-29: \"Тема\"",
                """
                <command line>:1:7: error: 7А has no lessons on 2026-11-29 (sunday)
                 1 | topic 7А alg 2026-11-29: "Тема"
                   |       ^~~~~~~~~~~~~~~~~
                hint: create them from the timetable: create lessons in 7А from 2026-11-29 to 2026-11-29
                """
            ),
            (
                "remove student S0055",
                """
                <command line>:1:1: error: student S0055 cannot be removed: the journal holds 46 marks, \
                49 attendance records, 12 grades
                 1 | remove student S0055
                   | ^~~~~~~~~~~~~~~~~~~~
                hint: the journal keeps its history: a student who leaves is withdrawn (withdraw S0001 on DATE) \
                or moved, a class closes with its year
                """
            ),
            (
                "create lessons in 5А from 1900-01-01 to 9999-12-31",
                """
                <command line>:1:1: error: lessons are made within the school year 2026/2027, 2026-09-01 to \
                2027-05-26; 1900-01-01 to 9999-12-31 goes beyond it
                 1 | create lessons in 5А from 1900-01-01 to 9999-12-31
                   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                hint: create lessons from 2026-09-01 to 2027-05-26
                """
            ),
            (
                "approve correction 99",
                """
                <command line>:1:20: error: there is no correction 99
                 1 | approve correction 99
                   |                    ^~
                hint: list the requests: corrections where status = requested
                """
            ),
        ]
        for (statement, expected) in cases {
            XCTAssertThrowsError(try store.inTransaction { try session.run(statement) }, statement) { error in
                XCTAssertEqual("\(error)", expected)
            }
        }
        XCTAssertEqual(try store.rowCounts(), before)
    }

    func testAChangeSaysWhatItChangedAndOfWhom() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
        try session.run("change class 7А set teacher = T007")
        try session.run("change student S0055 set risk_group = \"пропуски\", middle_name = empty")
        XCTAssertEqual(
            output, "changed class_teacher of class 7А\nchanged risk_group, middle_name of student S0055\n")
        XCTAssertEqual(
            try SampleSchool.rows(
                "SELECT c.class_teacher, s.risk_group, s.middle_name FROM class c, student s "
                    + "WHERE c.name = '7А' AND s.id = 'S0055'", in: store), [["T007", "пропуски", ""]])
    }

    func testAWithdrawnStudentLeavesTheClassButKeepsTheirJournal() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
        XCTAssertEqual(try JournalExport.caveats(of: store), [], "the sample school fits the folder format")
        let marks = try SampleSchool.rows("SELECT count(*) FROM mark WHERE student_id = 'S0055'", in: store)
        try session.run("withdraw S0055 on 2026-11-30")
        XCTAssertEqual(output, "S0055 left 7А and the school on 2026-11-30; their journal stays\n")
        XCTAssertEqual(
            try SampleSchool.rows("SELECT class_id, left_on, left_reason FROM student WHERE id = 'S0055'", in: store),
            [["", "2026-11-30", "left"]])
        XCTAssertEqual(try SampleSchool.rows("SELECT count(*) FROM mark WHERE student_id = 'S0055'", in: store), marks)
        XCTAssertEqual(
            try SampleSchool.rows("SELECT until FROM enrolment WHERE student_id = 'S0055'", in: store), [["2026-11-30"]]
        )
    }
}

/// Two users at once: a write waits for another program's transaction instead of failing.
final class ConcurrentWriteTests: XCTestCase {
    func testAWriteWaitsForAnotherUsersTransaction() throws {
        let path = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", path]).status, 0)
        let other = try GRDB.DatabaseQueue(path: path)
        let holding = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                holding.signal()
                Thread.sleep(forTimeInterval: 2)
                try db.execute(sql: "COMMIT")
            }
            done.signal()
        }
        holding.wait()
        let result = try ejournal([
            "--db", path, "--today", SampleSchool.today, "-c", "mark 7А alg 2026-11-27: Баранов 5",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        done.wait()
    }
}
