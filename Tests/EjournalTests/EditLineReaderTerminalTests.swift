import Foundation
import JournalShell
import TestSupport
import XCTest

/// The libedit reader at a real terminal (a tmux pane): Cyrillic edited per character,
/// Ctrl-C, Ctrl-D, Tab and the history.
///
/// The test runner starts itself in the pane to run `testDriver` alone, which reads lines with
/// an `EditLineReader` and prints what each read gave: `[line "…"]`, `[interrupted]`, `[end]`.
final class EditLineReaderTerminalTests: XCTestCase {
    private static let driverVariable = "EJOURNAL_LINE_READER_DRIVER"
    private static let prompt = "эж> "
    private var folder: URL!
    private var historyFile: String { folder.appendingPathComponent("history").path }

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Not a test of its own: the program the other tests run in the terminal.
    func testDriver() throws {
        guard let history = ProcessInfo.processInfo.environment[Self.driverVariable] else {
            throw XCTSkip("the reader's driver runs only inside the terminal of EditLineReaderTerminalTests")
        }
        let completer = WordCompleter(["ученики", "учителя", "уроки", "оценки", "count("])
        let reader = try XCTUnwrap(EditLineReader(historyFile: history, completer: completer))
        while true {
            let input = reader.readLine(prompt: Self.prompt)
            switch input {
            case .line(let text):
                say("[line \(text.debugDescription)]")
                reader.addHistory(text)
            case .interrupted:
                say("[interrupted]")
            case .end:
                reader.saveHistory()
                say("[end]")
                return
            }
        }
    }

    func testCyrillicIsEditedPerCharacter() throws {
        let terminal = try startDriver()
        defer { terminal.close() }
        try terminal.type("ученики 7Б")
        try terminal.waitFor(text: "эж> ученики 7Б")
        XCTAssertEqual(try terminal.cursor().column, 14)
        try terminal.send(keys: "Left", "Left", "BSpace", "Enter")
        try waitForRead(#"[line "ученики7Б"]"#, in: terminal)

        try terminal.type("Иванова")
        try terminal.send(keys: "BSpace", "BSpace", "BSpace", "C-a")
        try terminal.type("«")
        try terminal.send(keys: "End")
        try terminal.type("»")
        try terminal.send(keys: "Home", "Right", "DC", "Enter")
        try terminal.waitFor(text: #"[line "«ван»"]"#)
    }

    func testWithoutAUTF8LocaleTheReaderTakesCUTF8() throws {
        let terminal = try startDriver(environment: ["LANG": "C", "LC_CTYPE": "POSIX"])
        defer { terminal.close() }
        try terminal.type("Иванова 7Б")
        try terminal.send(keys: "BSpace", "Left", "BSpace", "Enter")
        try terminal.waitFor(text: #"[line "Иванова7"]"#)
    }

    func testControlCDropsTheLineAndReadingGoesOn() throws {
        let terminal = try startDriver()
        defer { terminal.close() }
        try terminal.type("оценки 7Б")
        try terminal.send(keys: "Left", "Left", "C-c")
        let screen = try waitForRead("[interrupted]", in: terminal)
        XCTAssertTrue(screen.contains("эж> оценки 7Б^C\n[interrupted]\nэж>"), screen)
        XCTAssertFalse(terminal.hasExited)
        try terminal.type("уроки")
        try terminal.send(keys: "Enter")
        try terminal.waitFor(text: #"[line "уроки"]"#)
    }

    func testControlDEndsOnlyAnEmptyLine() throws {
        let terminal = try startDriver()
        defer { terminal.close() }
        try terminal.type("я")
        try terminal.send(keys: "C-d")
        try terminal.send(keys: "BSpace", "C-d")
        try terminal.waitFor(text: "[end]")
        try terminal.waitForExit()
        XCTAssertFalse(try terminal.screen().contains("[line"))
    }

    func testTabCompletesAndListsOnASecondTab() throws {
        let terminal = try startDriver()
        defer { terminal.close() }
        try terminal.type("оц")
        try terminal.send(keys: "Tab")
        try terminal.waitFor(text: "эж> оценки ")
        XCTAssertEqual(try terminal.cursor().column, 11)
        try terminal.type("у")
        try terminal.send(keys: "Tab")
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertFalse(try terminal.screen().contains("учителя"), "one Tab that adds nothing only rings the bell")
        try terminal.send(keys: "Tab")
        let listed = try terminal.waitFor(text: "учителя")
        XCTAssertTrue(listed.contains("эж> оценки у\nученики  учителя  уроки\nэж> оценки у"), listed)
        try terminal.type("че")
        try terminal.send(keys: "Tab", "Enter")
        try waitForRead(#"[line "оценки ученики "]"#, in: terminal)
        try terminal.type("co")
        try terminal.send(keys: "Tab", "Enter")
        try terminal.waitFor(text: #"[line "count("]"#)
    }

    func testHistoryRecallsAStatementOfSeveralLinesAndIsSavedAtTheEnd() throws {
        let earlier = try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil))
        earlier.addHistory("ученики\n  в 7Б -- класс")
        earlier.saveHistory()
        let terminal = try startDriver()
        defer { terminal.close() }
        try terminal.type("оценки")
        try terminal.send(keys: "Enter")
        try waitForRead(#"[line "оценки"]"#, in: terminal)
        try terminal.send(keys: "Up", "Up")
        try terminal.waitFor(text: "эж> ученики\n  в 7Б -- класс")
        try terminal.send(keys: "Enter")
        try waitForRead(#"[line "ученики\n  в 7Б -- класс"]"#, in: terminal)
        try terminal.send(keys: "C-d")
        try terminal.waitFor(text: "[end]")
        try terminal.waitForExit()
        // Only an entry equal to the latest one is left out, as in sqlite3 and bash.
        XCTAssertEqual(
            try XCTUnwrap(EditLineReader(historyFile: historyFile, completer: nil)).history,
            ["ученики\n  в 7Б -- класс", "оценки", "ученики\n  в 7Б -- класс"])
    }

    /// The test runner in a terminal, running `testDriver` with the history in `historyFile`
    /// and `environment` on top of the terminal's.
    private func startDriver(environment: [String: String] = [:]) throws -> TerminalSession {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        #if os(Linux)
            let runner = try XCTUnwrap(Bundle.main.executablePath)
            let terminal = try TerminalSession(
                [runner, "EjournalTests.EditLineReaderTerminalTests/testDriver"], width: 60, height: 20,
                environment: environment.merging([Self.driverVariable: historyFile]) { $1 }, directory: folder.path)
            try terminal.waitFor(text: "\n" + Self.prompt)
            return terminal
        #else
            throw XCTSkip("the test runner starts itself as a program only on Linux")
        #endif
    }

    /// Waits for what the driver printed after a read and for the prompt of the next one: keys
    /// typed before libedit reads again would reach the terminal in its own mode and echo twice.
    @discardableResult
    private func waitForRead(_ result: String, in terminal: TerminalSession) throws -> String {
        try terminal.waitFor(text: result + "\n" + Self.prompt)
    }

    private func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// Completes the word before the cursor from a fixed list.
private final class WordCompleter: Completer {
    private let words: [String]

    init(_ words: [String]) {
        self.words = words
    }

    func complete(line: String, cursor: Int) -> (candidates: [String], typed: Int) {
        let word = String(line.prefix(cursor).reversed().prefix { !$0.isWhitespace }.reversed())
        return (words.filter { $0.hasPrefix(word) }, word.count)
    }
}
