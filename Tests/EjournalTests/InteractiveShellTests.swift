import Foundation
import JournalStore
import TestSupport
import XCTest

/// The real binary in a real terminal (tmux): typing Cyrillic, Backspace, Tab, history, Ctrl-C.
final class InteractiveShellTests: XCTestCase {
    private var folder: URL!
    private var db = ""
    private var historyFile = ""

    override func setUpWithError() throws {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        folder = try Fixtures.temporaryFolder()
        db = folder.appendingPathComponent("journal.sqlite").path
        historyFile = folder.appendingPathComponent("history").path
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
    }

    private func shell(_ db: String) throws -> TerminalSession {
        let binary = Fixtures.productsFolder.appendingPathComponent("ejournal").path
        let terminal = try TerminalSession(
            [binary, "--db", db, "--history", historyFile], width: 120, height: 40, environment: ["NO_COLOR": "1"])
        _ = try terminal.waitFor(text: "ejournal> ")
        return terminal
    }

    /// A chart is as wide as the terminal it is drawn in.
    func testAChartFillsTheTerminalsWidth() throws {
        let binary = Fixtures.productsFolder.appendingPathComponent("ejournal").path
        let terminal = try TerminalSession(
            [binary, "--db", db, "--history", historyFile], width: 64, height: 20, environment: ["NO_COLOR": "1"])
        defer { terminal.close() }
        _ = try terminal.waitFor(text: "ejournal> ")
        try terminal.type("marks in 7А during term 1 by value show value, count() chart")
        try terminal.send(keys: "Enter")
        let screen = try terminal.waitFor(text: " 345\n")
        let longest = try XCTUnwrap(screen.split(separator: "\n").first { $0.hasSuffix(" 429") })
        XCTAssertEqual(longest.count, 63, screen)
        XCTAssertTrue(longest.hasPrefix("4 │████"), screen)
    }

    func testTypingCompletingRunningAndRecallingAQuery() throws {
        let query = "students in 10А where marks(Алгебра, term 1) > 4.4 show name"
        let expected = try ejournal(["--db", db, "--format", "csv", "-c", query]).stdout
            .split(separator: "\n").dropFirst().map(String.init)
        XCTAssertFalse(expected.isEmpty)

        let terminal = try shell(db)
        // "10" and Tab: the class 10А (and its groups) share "10А", which Tab fills in.
        try terminal.type("students in 10")
        try terminal.send(keys: "Tab")
        _ = try terminal.waitFor(text: "ejournal> students in 10А")
        // A mistyped Cyrillic letter, taken back with Backspace; Tab completes the subject.
        try terminal.type(" where marks(Алгы")
        try terminal.send(keys: "BSpace")
        try terminal.send(keys: "Tab")
        _ = try terminal.waitFor(text: "marks(Алгебра")
        try terminal.type(", term 1) > 4.4 show name")
        try terminal.send(keys: "Enter")
        var screen = try terminal.waitFor(text: "rows)")
        for name in expected { XCTAssertTrue(screen.contains(name), "\(name) is not on the screen:\n\(screen)") }
        // What was run, as the screen shows it (a completion may end with a space).
        let typed = try XCTUnwrap(screen.split(separator: "\n").first { $0.hasPrefix("ejournal> students") })
        XCTAssertEqual(
            typed.replacingOccurrences(of: "Алгебра ,", with: "Алгебра,").trimmingCharacters(in: .whitespaces),
            "ejournal> \(query)")
        try terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
        terminal.close()

        // A new session finds the query in its history.
        // libedit's own file format (it escapes spaces); the recall below is the real check.
        let history = try String(contentsOfFile: historyFile, encoding: .utf8)
        XCTAssertTrue(history.hasPrefix("_HiStOrY_V2_"), history)
        let again = try shell(db)
        try again.send(keys: "Up")
        _ = try again.waitFor(text: String(typed).trimmingCharacters(in: .whitespaces))
        try again.send(keys: "Enter")
        screen = try again.waitFor(text: "rows)")
        XCTAssertTrue(screen.contains(expected[0]), screen)
        try again.type(".quit")
        try again.send(keys: "Enter")
        _ = try again.waitForExit()
        again.close()
    }

    func testALongTableGoesThroughThePager() throws {
        let binary = Fixtures.productsFolder.appendingPathComponent("ejournal").path
        let terminal = try TerminalSession(
            [binary, "--db", db, "--history", historyFile], width: 100, height: 20,
            environment: ["NO_COLOR": "1", "PAGER": "less -FRSX"])
        defer { terminal.close() }
        _ = try terminal.waitFor(text: "ejournal> ")
        try terminal.type("students show name")
        try terminal.send(keys: "Enter")
        // One screenful of the 107 rows, and the pager waiting for a key.
        var screen = try terminal.waitFor(text: "Баранов Егор Евгеньевич")
        XCTAssertFalse(screen.contains("(107 rows)"), screen)
        try terminal.send(keys: "G")
        screen = try terminal.waitFor(text: "(107 rows)")
        try terminal.send(keys: "q")
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.type("classes show name limit 1")
        try terminal.send(keys: "Enter")
        screen = try terminal.waitFor(text: "(1 row)")
        try terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
    }

    func testCtrlCInterruptsALongQueryAndTheShellGoesOn() throws {
        let big = folder.appendingPathComponent("big.sqlite").path
        XCTAssertEqual(
            try ejournal(["demo", "--db", big, "--classes", "12", "--until", "2027-05-26"]).status, 0)
        let terminal = try shell(big)
        // A long query: each span is a pass of its own over the school's marks, a hundred passes (of the
        // raw marks: the highest, which the summaries kept current do not hold).
        try terminal.type(
            "students show " + (100..<200).map { "max(marks(last \($0) days))" }.joined(separator: ", "))
        try terminal.send(keys: "Enter")
        Thread.sleep(forTimeInterval: 0.5)
        try terminal.send(keys: "C-c")
        var screen = try terminal.waitFor(text: "the query was interrupted")
        XCTAssertFalse(terminal.hasExited, screen)
        // Keys typed before libedit reads again would be echoed twice: let the prompt come back.
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.type("classes show name limit 1")
        try terminal.send(keys: "Enter")
        screen = try terminal.waitFor(text: "(1 row)")
        // Ctrl-C at the prompt clears the line; the shell is still there.
        try terminal.type("students in")
        try terminal.send(keys: "C-c")
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.type("classes show name limit 2")
        try terminal.send(keys: "Enter")
        screen = try terminal.waitFor(text: "(2 rows)")
        try terminal.send(keys: "C-d")
        _ = try terminal.waitForExit()
        terminal.close()
    }
}
