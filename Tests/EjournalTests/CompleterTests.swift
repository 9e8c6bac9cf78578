import Foundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Tab completion knows the grammar and the school.
final class CompleterTests: XCTestCase {
    private var completer: JournalCompleter!

    override func setUpWithError() throws {
        completer = JournalCompleter(session: Session(store: try SampleSchool.store()) { _ in })
    }

    private func complete(_ line: String) -> [String] {
        completer.complete(line: line, cursor: line.count).candidates
    }

    func testStatementWords() {
        XCTAssertEqual(complete("stu"), ["students"])
        XCTAssertEqual(
            complete("c"),
            ["classes", "corrections", "changes", "check", "close", "change", "create", "correct", "confirm"])
    }

    func testWritingStatements() {
        XCTAssertEqual(complete("add st"), ["staff", "student"])
        XCTAssertEqual(complete("mark 7"), ["7А", "7Б", "7А-eng-1", "7А-eng-2", "7Б-eng-1", "7Б-eng-2"])
        XCTAssertEqual(complete("mark 7А al"), ["alg"])
        XCTAssertEqual(complete("mark 7А alg 2026-11-27 l"), ["lesson"])
        XCTAssertEqual(complete("mark 7А alg 2026-11-27: Бар"), ["Баранов"])
        XCTAssertEqual(complete("mark 7А alg 2026-11-27: Баранов 5 con"), ["control"])
        XCTAssertEqual(complete("absent 7А 2026-11-27: Беляев s"), ["sick"])
        XCTAssertEqual(complete("issue c"), ["credentials"])
        XCTAssertEqual(complete("issue credentials for 7"), ["7А", "7Б"])
        XCTAssertEqual(complete("issue credentials for st"), ["staff"])
    }

    func testClassesAfterIn() {
        XCTAssertEqual(complete("students in 7"), ["7А", "7Б", "7А-eng-1", "7А-eng-2", "7Б-eng-1", "7Б-eng-2"])
        XCTAssertEqual(complete("students in 5А, 1"), ["10А", "10А-eng-1", "10А-eng-2"])
    }

    func testSubjectsAndSpansInsideAFunction() {
        XCTAssertEqual(complete("students in 7А where marks(ma"), ["math"])
        XCTAssertEqual(complete("students where marks(Геом"), ["Геометрия"])
        XCTAssertEqual(complete("students where marks(math, te"), ["term"])
        XCTAssertEqual(complete("classes show avg(ma"), ["marks"])
    }

    func testFieldsAndClausesOfTheSource() {
        XCTAssertEqual(complete("students where ri"), ["risk", "risk_reason"])
        XCTAssertEqual(complete("lessons during term 1 where home"), ["homework"])
        XCTAssertEqual(complete("students in 7А sh"), ["share", "show"])
    }

    func testSurnames() {
        XCTAssertEqual(complete("marks in Тарас"), ["Тарасов", "Тарасова"])
        XCTAssertEqual(complete("di"), ["diary"])
        XCTAssertEqual(complete("diary Тарас"), ["Тарасов", "Тарасова"])
    }

    func testDotCommandsAndTheirArguments() throws {
        XCTAssertEqual(complete(".mo"), [".mode"])
        XCTAssertEqual(complete(".mode j"), ["json"])
        XCTAssertEqual(complete(".schema ma"), ["marks"])
        let folder = try Fixtures.temporaryFolder()
        try "".write(to: folder.appendingPathComponent("audit.ejs"), atomically: true, encoding: .utf8)
        XCTAssertEqual(complete(".read \(folder.path)/au"), ["\(folder.path)/audit.ejs"])
    }
}
