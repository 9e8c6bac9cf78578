import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Golden files in the PRQL manner: for every query in `Golden/queries`, the SQL it
/// compiles to and the rows it returns on the sample school are checked-in files;
/// for every query in `Golden/errors`, the exact message. Set EJOURNAL_GOLDEN=update
/// to rewrite them after a deliberate change, and read the diff before committing.
final class GoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["EJOURNAL_GOLDEN"] == "update"

    static func cases(_ kind: String) throws -> [(name: String, query: String)] {
        let directory = folder.appendingPathComponent(kind)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".ejq") }
            .sorted()
            .map { file in
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                return (String(file.dropLast(4)), text.trimmingCharacters(in: .newlines))
            }
    }

    private func check(_ actual: String, against url: URL, _ name: String) throws {
        if Self.updating {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("\(url.lastPathComponent) is missing: run EJOURNAL_GOLDEN=update swift test --filter GoldenTests")
            return
        }
        XCTAssertEqual(actual, expected, "\(name): \(url.lastPathComponent) differs")
    }

    func testQueriesCompileToTheCheckedInSQLAndRows() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        let cases = try Self.cases("queries")
        XCTAssertGreaterThanOrEqual(cases.count, 60)
        for (name, query) in cases {
            let statements: [CompiledStatement]
            do {
                statements = try Compiler.compile(query, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            } catch {
                XCTFail(
                    "\(name): " + error.diagnostics(source: query, file: name).map(\.rendered).joined(separator: "\n"))
                continue
            }
            var sql = ""
            var output = ""
            for statement in statements {
                var tables: [(title: String?, query: SQLQuery)] = []
                switch statement {
                case .query(let compiled): tables = [(nil, compiled)]
                case .report(let reportTables), .diary(_, let reportTables):
                    tables = reportTables.map { ($0.title, $0.query) }
                default:
                    XCTFail("\(name) is not a query or report")
                }
                for (title, compiled) in tables {
                    if let title {
                        sql += "-- \(title)\n"
                        output += "# \(title)\n"
                    }
                    sql += compiled.sql + ";\n-- " + compiled.arguments.map(Self.literal).joined(separator: ", ") + "\n"
                    var printer = ResultPrinter(format: .csv) { output += $0 }
                    try store.query(
                        compiled.sql, arguments: compiled.arguments, columns: compiled.columns, into: &printer)
                }
            }
            let base = Self.folder.appendingPathComponent("queries").appendingPathComponent(name)
            try check(sql, against: base.appendingPathExtension("sql"), name)
            try check(output, against: base.appendingPathExtension("csv"), name)
        }
    }

    func testBadQueriesGiveTheCheckedInMessages() throws {
        let store = try SampleSchool.store()
        let session = Session(store: store, format: .csv, today: SampleSchool.today) { _ in }
        let cases = try Self.cases("errors")
        XCTAssertGreaterThanOrEqual(cases.count, 30)
        for (name, query) in cases {
            var message = ""
            do {
                try session.run(query, file: "<command line>")
                XCTFail("\(name): the query was accepted")
            } catch let diagnostics as Diagnostics {
                message = diagnostics.rendered + "\n"
            } catch let diagnostic as Diagnostic {
                message = diagnostic.rendered + "\n"
            }
            try check(message, against: Self.folder.appendingPathComponent("errors/\(name).txt"), name)
        }
    }

    /// Every golden error in Russian too (`errors/NAME.ru.txt`): the same place, caret and hint,
    /// every text from the catalogs (none left in English only).
    func testBadQueriesGiveTheCheckedInMessagesInRussian() throws {
        let store = try SampleSchool.store()
        let session = Session(store: store, format: .csv, today: SampleSchool.today) { _ in }
        let saved = Language.current
        Language.current = .russian
        defer { Language.current = saved }
        for (name, query) in try Self.cases("errors") {
            var items: [Diagnostic] = []
            do {
                try session.run(query, file: "<командная строка>")
                XCTFail("\(name): the query was accepted")
            } catch let diagnostics as Diagnostics {
                items = diagnostics.items
            } catch let diagnostic as Diagnostic {
                items = [diagnostic]
            }
            for item in items {
                XCTAssertTrue(
                    item.message.id != nil && (item.hint.map { $0.id != nil } ?? true),
                    "\(name): a text not of the catalogs: \(item.rendered(in: .russian))")
            }
            let message = items.map { $0.rendered(in: .russian) }.joined(separator: "\n") + "\n"
            try check(message, against: Self.folder.appendingPathComponent("errors/\(name).ru.txt"), name)
        }
    }

    static func literal(_ value: CellValue) -> String {
        switch value {
        case .text(let text): return "'" + text + "'"
        default: return ResultPrinter.text(value)
        }
    }
}
