import Foundation
import JournalFoundation
import JournalPapers
import TestSupport
import XCTest

/// A workbook is read back by another reader (`unzip` and the sheet's XML): its cells, their
/// types and the Cyrillic equal the rows written.
final class WorkbookTests: XCTestCase {
    func unzip(_ path: String, _ member: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", path, member]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "unzip \(member)")
        return String(decoding: data, as: UTF8.self)
    }

    func testCellsKeepTheirTypesAndTheCyrillic() throws {
        let path = try Fixtures.temporaryFolder().appendingPathComponent("7a.xlsx").path
        let table = PaperTable(
            title: "Ведомость 7А: период 1",
            columns: ["ученик", "средний", "отметок", "дата", "риск"],
            kinds: [.text, .number, .number, .date, .bool],
            rows: [
                [.text("Баранов Ярослав"), .real(3.84), .integer(12), .text("2026-11-27"), .integer(1)],
                [.text("<script>Беляев</script>"), .null, .integer(0), .text("2026-09-01"), .integer(0)],
            ])
        try Workbook.write([table, table], to: path)
        let book = try unzip(path, "xl/workbook.xml")
        XCTAssertTrue(book.contains("name=\"Ведомость 7А период 1\""), book)
        XCTAssertTrue(book.contains("name=\"Ведомость 7А период 1 (2)\""), "a second sheet of the same title")
        let strings = try unzip(path, "xl/sharedStrings.xml")
        for text in ["ученик", "Баранов Ярослав", "&lt;script&gt;Беляев&lt;/script&gt;"] {
            XCTAssertTrue(strings.contains(text), "\(text) in \(strings)")
        }
        let sheet = try unzip(path, "xl/worksheets/sheet1.xml")
        // Numbers are numbers, not texts; a date is Excel's day number (46353 is 2026-11-27); yes is
        // a boolean; the header row is frozen.
        XCTAssertTrue(sheet.contains("<c r=\"B2\" s=\"3\"><v>3.84</v></c>") || sheet.contains("<v>3.84</v>"), sheet)
        XCTAssertTrue(sheet.contains("<c r=\"C2\"><v>12</v></c>"), sheet)
        XCTAssertTrue(sheet.contains("<v>46353</v>"), sheet)
        XCTAssertTrue(sheet.contains("<c r=\"E2\" t=\"b\"><v>1</v></c>"), sheet)
        XCTAssertTrue(sheet.contains("state=\"frozen\""), sheet)
        XCTAssertFalse(sheet.contains("r=\"B3\""), "an empty value is no cell")
    }

    func testAPathThatCannotBeWrittenIsAnError() {
        XCTAssertThrowsError(
            try Workbook.write([PaperTable(columns: ["a"], rows: [])], to: "/nonexistent-folder/x.xlsx"))
    }
}
