import JournalFoundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// A sink that takes rows as values only, whatever its inner printer reads.
private struct AsValues: ResultSink {
    var inner: ResultPrinter
    mutating func begin(columns: [String]) throws { try inner.begin(columns: columns) }
    mutating func row(_ values: [CellValue]) throws { try inner.row(values) }
    mutating func end() throws { try inner.end() }
}

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

    /// Random texts of commas, quotes, line feeds, letters of both alphabets and emoji: the header
    /// and a row of them read back, by the tests' own CSV reader, as the texts they were (CR is in the
    /// test above: the reader takes CR LF for a line end).
    func testRandomFieldsReadBackAsTheyWere() throws {
        let pieces = [",", "\"", "\n", "a", "Я", "ё", " ", "🙂", "1"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let fields = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined()
            }
            var out = ""
            var printer = ResultPrinter(format: .csv, language: .english) { out += $0 }
            try printer.begin(columns: fields)
            try printer.row(fields.map { .text($0) })
            XCTAssertEqual(Fixtures.parseCSV(out), [fields, fields], fields.debugDescription)
        }
    }

    /// CSV reads each row where SQLite holds it; the same rows as values print the same bytes: whole
    /// numbers at both ends of their range, decimals, NULL, texts to quote, Cyrillic, a blob, bytes
    /// that are not UTF-8 — and the journal's own rows.
    func testRowsReadWhereSQLiteHoldsThemPrintAsTheirValuesDo() throws {
        let store = try Fixtures.sampleStore()
        let queries = [
            """
            SELECT -9223372036854775808 AS a, 9223372036854775807, 0, -7, 42, 3.5, 1e300, -0.1, NULL, '', 'a,b',
                   'он сказал "да"', 'line' || char(10) || 'break', 'cr' || char(13), CAST(x'C328' AS TEXT),
                   CAST(x'E282' AS TEXT) || ',', x'00FF10', 'ёЁ', '🙂'
            """,
            "SELECT s.id, s.last_name, s.birth_date, s.class_id, s.risk_group FROM student s ORDER BY s.id",
            "SELECT m.id, m.value, m.kind, m.entered_at, l.topic, l.homework FROM mark m JOIN lesson l ON l.id = m.lesson_id "
                + "ORDER BY m.id LIMIT 3000",
            "SELECT subject, avg(value), sum(value) * 1.0 / 7 FROM mark m JOIN lesson l ON l.id = m.lesson_id GROUP BY subject",
        ]
        for sql in queries {
            var stored = ""
            var values = ""
            var printer = ResultPrinter(format: .csv, language: .english) { stored += $0 }
            XCTAssertTrue(printer.readsStoredRows)
            try store.query(sql, arguments: [], into: &printer)
            var plain = AsValues(inner: ResultPrinter(format: .csv, language: .english) { values += $0 })
            try store.query(sql, arguments: [], into: &plain)
            XCTAssertEqual(stored, values, sql)
            XCTAssertEqual(printer.lastRowCount, plain.inner.lastRowCount)
            XCTAssertGreaterThan(stored.utf8.count, 40)
        }
    }
}
