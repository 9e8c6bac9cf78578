import Foundation
import TestSupport
import XCTest

@testable import JournalShell

/// The libedit reader's history, without a terminal: one entry per statement, kept in a file.
final class EditLineReaderTests: XCTestCase {
    private var folder: URL!
    private var historyFile: String { folder.appendingPathComponent("history").path }

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testHistoryFileRoundTrip() throws {
        let entries = ["ученики 7Б", "оценки Иванова по алгебре", "classes show name, grade"]
        let first = try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil))
        XCTAssertEqual(first.history, [])
        entries.forEach(first.addHistory)
        XCTAssertEqual(first.history, entries)
        first.saveHistory()
        XCTAssertTrue(FileManager.default.fileExists(atPath: historyFile))
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        let second = try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil))
        XCTAssertEqual(second.history, entries)
    }

    func testAMultiLineStatementIsOneEntryWithItsNewlines() throws {
        let statement = "marks of students in 7Б -- за четверть\n  where value < 3\n  show student, «алгебра»;"
        let first = try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil))
        first.addHistory("\n" + statement + "\n\n")
        first.addHistory("выход")
        first.saveHistory()
        let second = try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil))
        XCTAssertEqual(second.history, [statement, "выход"])
    }

    func testSavingKeepsAtMostTheLimitNewestFirstToGo() throws {
        let first = try XCTUnwrap(EditLineReader(historyFile: historyFile, historyLimit: 3, completer: nil))
        for number in 1...5 { first.addHistory("запрос \(number)") }
        XCTAssertEqual(first.history, ["запрос 3", "запрос 4", "запрос 5"])
        first.saveHistory()
        let larger = try XCTUnwrap(EditLineReader(historyFile: historyFile, historyLimit: 10, completer: nil))
        XCTAssertEqual(larger.history, ["запрос 3", "запрос 4", "запрос 5"])
        let smaller = try XCTUnwrap(EditLineReader(historyFile: historyFile, historyLimit: 2, completer: nil))
        XCTAssertEqual(smaller.history, ["запрос 4", "запрос 5"])
        smaller.saveHistory()
        XCTAssertEqual(
            try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil)).history, ["запрос 4", "запрос 5"])
    }

    func testBlankAndRepeatedEntriesAreNotAdded() throws {
        let reader = try XCTUnwrap(EditLineReader(historyFile: nil, completer: nil))
        reader.addHistory("  \n ")
        reader.addHistory("ученики")
        reader.addHistory("ученики\n")
        reader.addHistory("учителя")
        reader.addHistory("ученики")
        XCTAssertEqual(reader.history, ["ученики", "учителя", "ученики"])
    }

    func testMissingFileStartsEmptyAndSavingMakesItsFolder() throws {
        let nested = folder.appendingPathComponent("state/ejournal/history").path
        let reader = try XCTUnwrap(EditLineReader(historyFile: nested, completer: nil))
        XCTAssertEqual(reader.history, [])
        reader.addHistory("оценки")
        reader.saveHistory()
        XCTAssertEqual(try XCTUnwrap(EditLineReader(historyFile: nested, completer: nil)).history, ["оценки"])
    }

    func testNoFileOrNoLimitKeepsNothingOnDisk() throws {
        let none = try XCTUnwrap(EditLineReader(historyFile: historyFile, historyLimit: 0, completer: nil))
        none.addHistory("ученики")
        none.saveHistory()
        XCTAssertEqual(none.history, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: historyFile))
        let memoryOnly = try XCTUnwrap(EditLineReader(historyFile: nil, completer: nil))
        memoryOnly.addHistory("ученики")
        memoryOnly.saveHistory()
        XCTAssertEqual(memoryOnly.history, ["ученики"])
    }

    func testStandardInputIsNotATerminalUnderTheTestRunner() {
        // The test runner's input is a pipe or /dev/null, so the shell would choose StandardInputReader.
        if isatty(STDIN_FILENO) == 0 { XCTAssertFalse(EditLineReader.isTerminal) }
    }
}
