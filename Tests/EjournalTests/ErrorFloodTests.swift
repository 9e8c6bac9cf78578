import Foundation
import TestSupport
import XCTest

/// A text full of mistakes is reported by its first ten, then a count: the errors stay small
/// whatever the input, and a long line is shown around the caret, with control characters
/// replaced so that the terminal is safe and the caret stays in place.
final class ErrorFloodTests: XCTestCase {
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
    }

    func testSixteenKilobytesOfHashesGiveTenErrorsAndACount() throws {
        let result = try ejournal(["--db", db, "-c", String(repeating: "#", count: 16_000)])
        XCTAssertEqual(result.status, 65)
        XCTAssertLessThan(result.stderr.utf8.count, 10_000)
        XCTAssertEqual(
            result.stderr.components(separatedBy: "error: the character \"#\" has no meaning here").count - 1, 10)
        XCTAssertTrue(result.stderr.contains("error: and 15990 more mistakes in this text"), result.stderr)
    }

    func testThirtyKilobytesOfRepeatedClausesGiveUnderTenKilobytesOfErrors() throws {
        let text = "corrections " + String(repeating: "during and ", count: 3000)
        XCTAssertGreaterThan(text.utf8.count, 30_000)
        let result = try ejournal(["--db", db, "-c", text])
        XCTAssertEqual(result.status, 65)
        XCTAssertLessThan(result.stderr.utf8.count, 10_000)
        XCTAssertTrue(result.stderr.contains("more mistakes in this text"), result.stderr)
    }

    func testALongLineIsShownAroundTheCaretAndControlCharactersAreReplaced() throws {
        let text = "students where name = \"" + String(repeating: "а", count: 300) + "\" and \u{7}bogus = 1"
        let result = try ejournal(["--db", db, "-c", text])
        XCTAssertEqual(result.status, 65)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("<command line>:1:"), result.stderr)
        XCTAssertLessThanOrEqual(lines[1].count, 130, String(lines[1]))
        XCTAssertTrue(lines[1].hasPrefix(" 1 | …"), String(lines[1]))
        XCTAssertFalse(result.stderr.contains("\u{7}"), result.stderr)
        XCTAssertTrue(lines[0].hasSuffix("error: the character U+0007 has no meaning here"), String(lines[0]))
        // The caret stands under the character it points at, shown as �.
        let caret = lines[2].firstIndex(of: "^")!
        let shown = lines[1]
        XCTAssertEqual(
            shown[shown.index(shown.startIndex, offsetBy: lines[2].distance(from: lines[2].startIndex, to: caret))...]
                .prefix(6), "\u{FFFD}bogus", result.stderr)
    }

    /// Conditions nest at most 32 deep: 5,000 brackets, 20,000 `not`, an `and` chain of 20,000
    /// terms, 46 `not` and 90 `and` (which SQLite's parser could not hold) are each one located
    /// error, never a crash or an internal error.
    func testDeepConditionsAreRefusedBeforeTheStackOrSQLiteOverflows() throws {
        let folder = try Fixtures.temporaryFolder()
        let cases = [
            "students where " + String(repeating: "(", count: 5000) + "risk" + String(repeating: ")", count: 5000),
            "students where " + String(repeating: "not ", count: 20000) + "risk",
            "students where " + Array(repeating: "risk", count: 20000).joined(separator: " and "),
            "students where " + String(repeating: "not ", count: 46) + "risk",
            "students where " + Array(repeating: "risk", count: 90).joined(separator: " and "),
            "students show " + Array(repeating: "1", count: 20000).joined(separator: " + "),
        ]
        for (index, text) in cases.enumerated() {
            let script = folder.appendingPathComponent("deep\(index).ejs").path
            try text.write(toFile: script, atomically: true, encoding: .utf8)
            let result = try ejournal(["--db", db, script])
            XCTAssertEqual(result.status, 65, "case \(index): \(result.stderr.prefix(300))")
            XCTAssertTrue(
                result.stderr.contains("error: the condition nests more than 32 deep here"),
                "case \(index): \(result.stderr.prefix(300))")
            XCTAssertLessThan(result.stderr.utf8.count, 2_000)
        }
        let deepest = try ejournal([
            "--db", db, "-c", "students where " + String(repeating: "not ", count: 30) + "risk",
        ])
        XCTAssertEqual(deepest.status, 0, deepest.stderr)
    }

    /// The caret stands under its word whatever comes before it: letters with combining marks
    /// count once, wide letters twice, as a terminal draws them.
    func testTheCaretIsPlacedByDisplayWidth() throws {
        for before in ["日本語", "Сте\u{301}пан"] {
            let result = try ejournal(["--db", db, "-c", "students where name = \"\(before)\" and topc = 1"])
            XCTAssertEqual(result.status, 65)
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
            // " 1 | " is five columns; `students where name = "` 23; the name; `" and ` 6.
            let nameColumns = before.reduce(0) { $0 + ($1.unicodeScalars.first!.value >= 0x2E80 ? 2 : 1) }
            XCTAssertEqual(caret, 5 + 23 + nameColumns + 6, result.stderr)
        }
    }

    /// Limits that keep an input from reaching SQLite's or the memory's: 2,100 show items, a 10 MB
    /// word; a NUL in a text shown as a column titles it safely.
    func testItemsTextLengthAndInvisibleTitlesAreBounded() throws {
        let folder = try Fixtures.temporaryFolder()
        let many = folder.appendingPathComponent("many.ejs").path
        try ("students show " + Array(repeating: "name", count: 2100).joined(separator: ", "))
            .write(toFile: many, atomically: true, encoding: .utf8)
        let items = try ejournal(["--db", db, many])
        XCTAssertEqual(items.status, 65, items.stderr)
        XCTAssertTrue(items.stderr.contains("error: more than 200 items in one list"), items.stderr)
        let huge = folder.appendingPathComponent("huge.ejs").path
        try ("students show " + String(repeating: "x", count: 1_000_000)).write(
            toFile: huge, atomically: true, encoding: .utf8)
        let long = try ejournal(["--db", db, huge])
        XCTAssertEqual(long.status, 65)
        XCTAssertTrue(long.stderr.contains("a text of statements may be at most 256 KB"), long.stderr)
        XCTAssertLessThan(long.stderr.utf8.count, 1_000)
        let nul = folder.appendingPathComponent("nul.ejs").path
        try "students in 7А show \"a\u{0}b\" limit 1\n".write(toFile: nul, atomically: true, encoding: .utf8)
        let titled = try ejournal(["--db", db, "--format", "csv", nul])
        XCTAssertEqual(titled.status, 0, titled.stderr)
        XCTAssertEqual(titled.stdout.split(separator: "\n").first, "\"\"\"a\u{FFFD}b\"\"\"")
    }
}
