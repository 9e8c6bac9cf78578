import Foundation
import JournalFoundation
import JournalStore
import TestSupport
import XCTest

/// The sample school through import and export: the same rows come back.
final class ImportExportTests: XCTestCase {
    func testSampleImportsWithEveryRowAndACleanFile() throws {
        let store = try Fixtures.sampleStore()
        let counts = try store.rowCounts()
        XCTAssertEqual(counts["mark"], 6397)
        XCTAssertEqual(counts["lesson"], 1218)
        XCTAssertEqual(counts["attendance"], 1713)
        XCTAssertEqual(counts["student"], 107)
        XCTAssertEqual(counts["parent"], 181)
        XCTAssertEqual(counts["visit"], 4068)
        XCTAssertEqual(counts["period_grade"], 888)
        XCTAssertEqual(counts["mark_correction"], 9)
        XCTAssertEqual(counts["school"], 1)
        XCTAssertEqual(try store.integrityProblems(), [])
    }

    func testExportGivesBackTheSampleRows() throws {
        let store = try Fixtures.sampleStore()
        let out = try Fixtures.temporaryFolder()
        let written = try JournalExport(folder: out.path).run(from: store)
        let originals = try FileManager.default.contentsOfDirectory(atPath: Fixtures.sampleSchool.path).sorted()
        XCTAssertEqual(written.keys.sorted(), originals)
        for file in originals {
            let expected = try Fixtures.normalizedRows(Fixtures.sampleSchool.appendingPathComponent(file))
            let actual = try Fixtures.normalizedRows(out.appendingPathComponent(file))
            XCTAssertEqual(actual.count, expected.count, file)
            XCTAssertEqual(actual, expected, "rows of \(file) differ after import and export")
        }
    }

    func testExportThenImportIntoAnEmptyStoreGivesTheSameRows() throws {
        let first = try Fixtures.sampleStore()
        let folder = try Fixtures.temporaryFolder()
        try JournalExport(folder: folder.path).run(from: first)
        let second = try JournalStore(path: try Fixtures.storePath())
        _ = try JournalImport(folder: folder.path).run(into: second)
        XCTAssertEqual(try second.rowCounts(), try first.rowCounts())
        for table in JournalStore.tables {
            XCTAssertEqual(try dump(table, of: second), try dump(table, of: first), table)
        }
        XCTAssertEqual(try second.integrityProblems(), [])
    }

    func testWindows1251WithSemicolonsGivesTheSameStudentsAsUTF8() throws {
        let folder = try copyOfSample()
        let students = folder.appendingPathComponent("students.csv")
        let utf8 = try String(contentsOf: students, encoding: .utf8)
        // What a Russian-locale spreadsheet program saves: ';' between fields, Windows-1251 bytes.
        let records = Fixtures.parseCSV(utf8).filter { $0 != [""] }
        let semicolons = records.map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        try XCTUnwrap(semicolons.data(using: .windowsCP1251)).write(to: students)
        XCTAssertNil(String(data: try Data(contentsOf: students), encoding: .utf8), "the copy must not be valid UTF-8")

        let converted = try JournalStore(path: try Fixtures.storePath())
        let summary = try JournalImport(folder: folder.path).run(into: converted)
        XCTAssertEqual(summary.dialects["students.csv"], "cp1251, \";\"")
        let original = try Fixtures.sampleStore()
        XCTAssertEqual(try dump("student", of: converted), try dump("student", of: original))
        XCTAssertTrue(try dump("student", of: converted).contains { $0.contains("Тарасова") })
    }

    func testByteOrderMarkIsAccepted() throws {
        let folder = try copyOfSample()
        let subjects = folder.appendingPathComponent("subjects.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: subjects)).write(to: subjects)
        let store = try JournalStore(path: try Fixtures.storePath())
        _ = try JournalImport(folder: folder.path).run(into: store)
        XCTAssertEqual(try dump("subject", of: store), try dump("subject", of: try Fixtures.sampleStore()))
    }

    func testRussianAttendanceLettersAreAccepted() throws {
        let folder = try copyOfSample()
        let file = folder.appendingPathComponent("attendance.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: ",sick,", with: ",б,").replacingOccurrences(of: ",absent,", with: ",н,")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let store = try JournalStore(path: try Fixtures.storePath())
        _ = try JournalImport(folder: folder.path).run(into: store)
        XCTAssertEqual(try dump("attendance", of: store), try dump("attendance", of: try Fixtures.sampleStore()))
    }

    func testImportIntoAStoreThatHoldsASchoolIsRefused() throws {
        let store = try Fixtures.sampleStore()
        let before = try store.rowCounts()
        XCTAssertThrowsError(try JournalImport(folder: Fixtures.sampleSchool.path).run(into: store)) { error in
            XCTAssertTrue("\(error)".contains("already holds a school"), "\(error)")
        }
        XCTAssertEqual(try store.rowCounts(), before)
    }

    // MARK: - Helpers

    private func copyOfSample() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("school")
        try FileManager.default.copyItem(at: Fixtures.sampleSchool, to: folder)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent(file).path)
        }
        return folder
    }

    /// Every row of a table as text, sorted, so two stores can be compared.
    private func dump(_ table: String, of store: JournalStore) throws -> [String] {
        var sink = TextSink()
        try store.query("SELECT * FROM \"\(table)\"", arguments: [], into: &sink)
        return sink.rows.sorted()
    }
}

/// Collects a result's rows as lines of text.
struct TextSink: ResultSink {
    var columns: [String] = []
    var rows: [String] = []
    mutating func begin(columns: [String]) throws { self.columns = columns }
    mutating func row(_ values: [CellValue]) throws {
        rows.append(values.map { "\($0)" }.joined(separator: "|"))
    }
    mutating func end() throws {}
}
