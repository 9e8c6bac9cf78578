import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// Set-based plans, checked on SQLite's own plans: for every golden query, report and diary,
/// `EXPLAIN QUERY PLAN` on the sample school may show no `SCAN` run again for every row of an outer
/// query — none inside a correlated subquery, whether of the journal's big tables (`mark`, `lesson`,
/// `attendance`, `visit`) or of a catalog table (`subject`, `class`, …) or of a CTE. A correlated
/// subquery may still look a row up by an index (`SEARCH`) and read what it made of it (a subquery
/// of its FROM run as a co-routine); a subquery that is not correlated (a `LIST SUBQUERY`, a
/// `MATERIALIZE`d CTE) runs once, even inside a correlated one.
final class PlanTests: XCTestCase {
    /// Golden queries whose plans still scan per row, with why; the list may only shrink.
    static let knownExceptions: [String: String] = [:]

    /// One line of SQLite's plan.
    struct Step {
        let id: Int
        let parent: Int
        let detail: String
    }

    /// The `SCAN` steps of a plan whose nearest enclosing subquery is correlated, each with the path
    /// of steps down to it.
    static func scansPerRow(_ steps: [Step]) -> [String] {
        let byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // What a correlated subquery computes for its row from its own lookups (a subquery in its
        // FROM, run as a co-routine) is read whole; so is the one row of a FROM-less SELECT.
        let ownRows = Set(steps.compactMap { $0.detail.hasPrefix("CO-ROUTINE ") ? $0.detail.dropFirst(11) : nil })
        var found: [String] = []
        for step in steps where step.detail.hasPrefix("SCAN ") {
            let target = step.detail.dropFirst(5).components(separatedBy: " USING ")[0]
            guard !ownRows.contains(Substring(target)), target != "CONSTANT ROW" else { continue }
            var path = [step.detail]
            var parent = byID[step.parent]
            while let node = parent {
                path.insert(node.detail, at: 0)
                if node.detail.hasPrefix("CORRELATED ") {
                    found.append(path.joined(separator: " → "))
                    break
                }
                // A subquery that is not correlated, or a materialized one, runs once.
                if node.detail.range(of: #"^(SCALAR|LIST) SUBQUERY|^MATERIALIZE"#, options: .regularExpression) != nil {
                    break
                }
                parent = byID[node.parent]
            }
        }
        return found
    }

    static func plan(of query: SQLQuery, in store: JournalStore) throws -> [Step] {
        try plan(query.sql, arguments: query.arguments, in: store)
    }

    static func plan(_ sql: String, arguments: [CellValue] = [], in store: JournalStore) throws -> [Step] {
        try SampleSchool.rows("EXPLAIN QUERY PLAN " + sql, arguments: arguments, in: store).map {
            Step(id: Int($0[0]) ?? -1, parent: Int($0[1]) ?? -1, detail: $0[3])
        }
    }

    func testNoGoldenQueryScansARowsTablePerRow() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        var problems: [String] = []
        var passing: [String] = []
        var checked = 0
        for (name, text) in try GoldenTests.cases("queries") {
            var scans: [String] = []
            for statement in try Compiler.compile(text, catalog: catalog, today: CivilDate(SampleSchool.today)!) {
                var queries: [SQLQuery] = []
                switch statement {
                case .query(let query): queries = [query]
                case .report(let tables), .diary(_, let tables): queries = tables.map(\.query)
                default: XCTFail("\(name) is not a query or report")
                }
                for query in queries {
                    checked += 1
                    scans += Self.scansPerRow(try Self.plan(of: query, in: store))
                }
            }
            switch (scans.isEmpty, Self.knownExceptions[name] != nil) {
            case (false, false): problems += scans.map { "\(name): \($0)" }
            case (true, true): passing.append(name)
            default: break
            }
        }
        XCTAssertGreaterThan(checked, 80)
        XCTAssertEqual(problems, [], "a SCAN per row of the outer query:\n" + problems.joined(separator: "\n"))
        XCTAssertEqual(passing, [], "known exceptions that now pass: take them off the list")
    }

    /// The check finds what it is for: the plan of a correlated subquery that walks the marks.
    func testACorrelatedScanIsFound() throws {
        let store = try SampleSchool.store()
        let steps = try Self.plan(
            """
            SELECT s.id, (SELECT count(*) FROM mark m WHERE +m.student_id = s.id),
            (SELECT count(*) FROM mark m WHERE m.student_id = s.id),
            (SELECT count(*) FROM subject x WHERE x.code IN (SELECT code FROM subject)) FROM student s
            """, in: store)
        XCTAssertEqual(Self.scansPerRow(steps).count, 1, "\(steps.map(\.detail))")
        XCTAssertTrue(Self.scansPerRow(steps)[0].contains("SCAN m"), "\(Self.scansPerRow(steps))")
    }
}
