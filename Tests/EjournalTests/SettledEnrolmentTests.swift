import Foundation
import JournalFoundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// A query of whole classes reads the classes their students were ever enrolled in with the catalog,
/// not in every query; a move is still counted wherever it happens — in the same batch, in an
/// earlier statement of the session, or by another program while the shell is open: the mover's
/// marks from the old class are in the new class's answer. On the sample school S0030 is in 7А
/// (quarters, as 7Б) and has marks there in quarter 1.
final class SettledEnrolmentTests: XCTestCase {
    private let query = "students in 7Б show id, count(marks(term 1)), absences(term 1)"
    private let move = "move S0030 to 7Б on 2026-11-23"

    private func session(_ store: JournalStore, output: @escaping (String) -> Void) -> Session {
        Session(store: store, format: .csv, today: SampleSchool.today, write: output)
    }

    /// S0030's row of `query` as printed (nil when she is not among its rows).
    private func row(_ output: String) -> [String]? {
        Fixtures.parseCSV(output).first { $0.first == "S0030" }
    }

    /// S0030's marks and absences of quarter 1, wherever they were given.
    private func expected(_ store: JournalStore) throws -> [String] {
        let quarter = "l.date BETWEEN '2026-09-01' AND '2026-10-25'"
        let counted = try SampleSchool.rows(
            """
            SELECT (SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
                    WHERE m.student_id = 'S0030' AND \(quarter)),
                   (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                    WHERE a.student_id = 'S0030' AND a.code IN ('absent', 'sick', 'excused') AND \(quarter))
            """, in: store)[0]
        XCTAssertNotEqual(counted[0], "0", "she has marks of quarter 1 in 7А")
        return ["S0030"] + counted
    }

    func testTheClassesOfWholeClassesAreReadWithTheCatalog() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        try session(store) { output += $0 }.run("explain " + query)
        XCTAssertFalse(output.contains("enrolment"), output)
        XCTAssertTrue(output.contains("l.class_id IN"), output)
    }

    func testAMoveInTheSameBatchIsCounted() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        try session(store) { output += $0 }.run("\(move); \(query)")
        XCTAssertEqual(row(output), try expected(store))
        output = ""
        try session(store) { output += $0 }.run("move S0030 to 7А on 2026-11-25; explain \(query)")
        XCTAssertTrue(output.contains("enrolment"), "a batch that writes looks the classes up: \(output)")
    }

    func testAMoveInAnEarlierStatementOfTheSessionIsCounted() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        let shell = session(store) { output += $0 }
        try shell.run(query)
        XCTAssertNil(row(output))
        try shell.run(move)
        output = ""
        try shell.run(query)
        XCTAssertEqual(row(output), try expected(store))
    }

    func testAMoveByAnotherProgramWhileTheShellIsOpenIsCounted() throws {
        let path = try Fixtures.storePath()
        let store = try JournalStore(path: path)
        _ = try JournalImport(folder: Fixtures.sampleSchool.path).run(into: store)
        var output = ""
        let shell = session(store) { output += $0 }
        try shell.run(query)
        XCTAssertNil(row(output))
        // Another shell on the same file moves her.
        let other = try JournalStore(path: path)
        try session(other) { _ in }.run(move)
        output = ""
        try shell.run(query)
        XCTAssertEqual(row(output), try expected(store))
    }
}
