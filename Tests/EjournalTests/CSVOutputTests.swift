import JournalFoundation
import JournalShell
import XCTest

/// CSV rows as RFC 4180 has them, written byte by byte: a field quoted when it holds a comma, a
/// quote or a line break, its quotes doubled; every other field as it is, Cyrillic included.
final class CSVOutputTests: XCTestCase {
    func csv(_ rows: [[CellValue]], columns: [String]) throws -> String {
        var out = ""
        var printer = ResultPrinter(format: .csv, language: .english) { out += $0 }
        try printer.begin(columns: columns)
        for row in rows { try printer.row(row) }
        try printer.end()
        return out
    }

    func testFieldsAreQuotedOnlyWhenTheyMustBeAndTheirQuotesDoubled() throws {
        let out = try csv(
            [
                [.text("Иванов Иван"), .integer(5), .real(3.84), .null, .text("")],
                [.text("§1, упр. 26"), .integer(-3), .real(0.5), .text("он сказал \"да\""), .text("a\nb")],
                [.text("\"\""), .text("x\r\ny"), .text(","), .text("ё"), .text("🙂 ok")],
            ], columns: ["name", "n", "avg", "note", "Имя, отчество"])
        XCTAssertEqual(
            out,
            "name,n,avg,note,\"Имя, отчество\"\n"
                + "Иванов Иван,5,3.84,,\n"
                + "\"§1, упр. 26\",-3,0.5,\"он сказал \"\"да\"\"\",\"a\nb\"\n"
                + "\"\"\"\"\"\",\"x\r\ny\",\",\",ё,🙂 ok\n")
    }

    /// Random texts of commas, quotes, line breaks, letters of both alphabets and emoji: a row is its
    /// fields quoted as the header is (the same rule, written for a single field), joined by commas.
    func testARowIsItsFieldsQuotedAndJoined() throws {
        let pieces = [",", "\"", "\n", "\r", "a", "Я", "ё", " ", "🙂", "1"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let fields = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined()
            }
            var out = ""
            var printer = ResultPrinter(format: .csv, language: .english) { out += $0 }
            printer.headers = true
            try printer.begin(columns: fields)
            try printer.row(fields.map { .text($0) })
            let half = out.utf8.count / 2
            XCTAssertEqual(out.utf8.count % 2, 0)
            XCTAssertEqual(Array(out.utf8.prefix(half)), Array(out.utf8.suffix(half)), fields.debugDescription)
        }
    }
}
