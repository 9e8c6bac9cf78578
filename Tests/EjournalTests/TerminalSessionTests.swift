import Foundation
import TestSupport
import XCTest

/// The tmux helper of the end-to-end terminal tests, checked on programs everyone has.
final class TerminalSessionTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
    }

    func testTypesIntoBashAndReadsTheScreen() throws {
        let terminal = try TerminalSession(
            ["bash", "--norc", "--noprofile"], width: 60, height: 10, environment: ["PS1": "$ "])
        defer { terminal.close() }
        try terminal.waitFor(text: "$")
        try terminal.type("echo привет, 7Б")
        try terminal.send(keys: "Enter")
        let screen = try terminal.waitFor(text: "\nпривет, 7Б")
        XCTAssertTrue(screen.hasPrefix("$ echo привет, 7Б\nпривет, 7Б\n$"), screen)
    }

    func testSpecialKeysEditPerCharacter() throws {
        let terminal = try TerminalSession(
            ["bash", "--norc", "--noprofile"], width: 60, height: 10, environment: ["PS1": "$ "])
        defer { terminal.close() }
        try terminal.waitFor(text: "$")
        try terminal.type("echo Иванова")
        try terminal.send(keys: "BSpace", "BSpace", "BSpace", "Left", "C-d", "Enter")
        try terminal.waitFor(text: "\nИва\n$")
        XCTAssertEqual(try terminal.cursor().column, 2)
    }

    func testControlCEndsCatAndTheScreenStaysReadable() throws {
        let terminal = try TerminalSession(["cat"], width: 40, height: 10)
        defer { terminal.close() }
        try terminal.type("ученики")
        try terminal.send(keys: "Enter")
        try terminal.waitFor(text: "ученики\nученики")
        XCTAssertFalse(terminal.hasExited)
        try terminal.send(keys: "C-c")
        try terminal.waitForExit()
        let last = try terminal.screen(scrollback: true)
        XCTAssertTrue(last.contains("ученики\nученики\n^C"), last)
    }

    func testSizeAndEnvironmentReachTheProgram() throws {
        let terminal = try TerminalSession(
            ["sh", "-c", "stty size; echo \"$LANG $TERM $GREETING\"; sleep 30"], width: 72, height: 12,
            environment: ["GREETING": "здравствуйте"])
        defer { terminal.close() }
        let screen = try terminal.waitFor(text: "здравствуйте")
        XCTAssertTrue(screen.hasPrefix("12 72\nC.UTF-8 screen здравствуйте"), screen)
    }

    func testTimeoutReportsTheScreen() throws {
        let terminal = try TerminalSession(["cat"], width: 40, height: 5)
        defer { terminal.close() }
        try terminal.type("что-то")
        XCTAssertThrowsError(try terminal.waitFor(text: "never", timeout: 0.3)) { error in
            XCTAssertTrue("\(error)".contains("что-то"), "\(error)")
        }
    }
}
