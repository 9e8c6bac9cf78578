import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// Each required example of the spec and each report against an independent answer:
/// SQL written by hand in `Oracle/NAME.sql`, from the spec's words, not generated.
/// The rows of `Oracle/NAME.ejq` must equal its rows (as sets, or in order where the
/// SQL file starts with `-- ordered`). `scripts/bench` times the same pairs.
///
/// The sample school's periods: quarter 1 is 2026-09-01…2026-10-25, quarter 2 is
/// 2026-11-05…2026-12-28, half 1 is 2026-09-01…2026-12-28; today is 2026-11-27.
final class OracleTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Oracle")

    func testEveryExampleAndReportEqualsItsHandWrittenSQL() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".ejq") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertEqual(names.filter { $0.hasPrefix("q") }.count, 18, "every Q of the spec has its oracle")
        XCTAssertGreaterThanOrEqual(names.filter { $0.hasPrefix("r") }.count, 4, "every report has its oracle")
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        for name in names {
            let query = try String(contentsOf: Self.folder.appendingPathComponent(name + ".ejq"), encoding: .utf8)
            let handWritten = try String(contentsOf: Self.folder.appendingPathComponent(name + ".sql"), encoding: .utf8)
            var ours: [[String]] = []
            for statement in try Compiler.compile(query, catalog: catalog, today: CivilDate(SampleSchool.today)!) {
                switch statement {
                case .query(let sql):
                    ours += try SampleSchool.rows(sql.sql, arguments: sql.arguments, in: store)
                case .report(let tables), .diary(_, let tables):
                    for table in tables {
                        ours += try SampleSchool.rows(table.query.sql, arguments: table.query.arguments, in: store)
                    }
                default:
                    XCTFail("\(name) is not a query or report")
                }
            }
            var theirs: [[String]] = []
            for statement in handWritten.components(separatedBy: ";\n").map({
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            })
            where !statement.isEmpty {
                theirs += try SampleSchool.rows(statement, in: store)
            }
            XCTAssertFalse(theirs.isEmpty, "\(name): the hand-written SQL found nothing, so the check would be empty")
            if handWritten.hasPrefix("-- ordered") {
                XCTAssertEqual(ours, theirs, "\(name): \(query)")
            } else {
                XCTAssertEqual(
                    ours.map { $0.joined(separator: "|") }.sorted(), theirs.map { $0.joined(separator: "|") }.sorted(),
                    "\(name): \(query)")
            }
        }
    }
}
