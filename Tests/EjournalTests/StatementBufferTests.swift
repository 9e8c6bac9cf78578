import JournalShell
import XCTest

/// How lines become statements: `;`, complete lines, continuation, dot-commands.
final class StatementBufferTests: XCTestCase {
    func testACompleteLineIsAStatement() {
        var buffer = StatementBuffer()
        XCTAssertEqual(buffer.add("students in 7А", line: 1), [.statement("students in 7А", line: 1)])
        XCTAssertTrue(buffer.isEmpty)
    }

    func testUnfinishedStatementsGoOn() {
        for (first, second) in [
            ("students where marks(math,", "term 2) < 3"), ("students where risk and", "sex = f"),
            ("students show name,", "class"), ("subjects where name = \"Русский", "язык\""),
            ("students in", "7А"), ("students where (risk", "or sex = f)"),
            ("mark 7А alg 2026-11-27:", "Баранов 5, Беляев 4"), ("mark 7А alg 2026-11-27: Баранов 5,", "Беляев 4"),
        ] {
            var buffer = StatementBuffer()
            XCTAssertEqual(buffer.add(first, line: 1), [], first)
            XCTAssertFalse(buffer.isEmpty, first)
            XCTAssertEqual(buffer.add(second, line: 2), [.statement(first + "\n" + second, line: 1)], first)
        }
    }

    func testSemicolonsSplitStatementsButNotInsideQuotesOrComments() {
        var buffer = StatementBuffer()
        XCTAssertEqual(
            buffer.add("classes; subjects where name = 'a;b' -- not; here", line: 3),
            [.statement("classes", line: 3), .statement(" subjects where name = 'a;b' -- not; here", line: 3)])
    }

    func testDotCommandsOnlyWhenNoStatementIsOpen() {
        var buffer = StatementBuffer()
        XCTAssertEqual(buffer.add("  .mode csv  ", line: 1), [.command(".mode csv", line: 1)])
        XCTAssertEqual(buffer.add("subjects where name =", line: 2), [])
        XCTAssertEqual(buffer.add("'.mode'", line: 3), [.statement("subjects where name =\n'.mode'", line: 2)])
    }

    func testScriptsLookAheadForAClauseOnTheNextLine() {
        var buffer = StatementBuffer(looksAhead: true)
        XCTAssertEqual(buffer.add("students in 7А", line: 1), [])
        XCTAssertEqual(buffer.add("where risk", line: 2), [])
        XCTAssertEqual(buffer.add("", line: 3), [])
        XCTAssertEqual(buffer.add("classes", line: 4), [.statement("students in 7А\nwhere risk", line: 1)])
        XCTAssertEqual(buffer.finish(), [.statement("classes", line: 4)])
    }

    func testCommentsAloneAreNotStatements() {
        var buffer = StatementBuffer()
        XCTAssertEqual(buffer.add("-- a comment", line: 1), [])
        XCTAssertTrue(buffer.isEmpty)
        XCTAssertEqual(buffer.finish(), [])
    }
}
