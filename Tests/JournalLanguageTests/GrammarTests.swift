import Foundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// Keeps `Grammar/ejournal.ebnf` true: every example in its comments parses,
/// compiles against the sample school and runs.
final class GrammarTests: XCTestCase {
    static let grammar = Fixtures.testsFolder.deletingLastPathComponent().appendingPathComponent(
        "Grammar/ejournal.ebnf")

    static func examples() throws -> [String] {
        let text = try String(contentsOf: grammar, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "example:") else { return nil }
            var example = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if example.hasSuffix("*)") { example = String(example.dropLast(2)).trimmingCharacters(in: .whitespaces) }
            return example
        }
    }

    func testTheGrammarHasExamplesOfEveryStatement() throws {
        let examples = try Self.examples()
        XCTAssertGreaterThan(examples.count, 35)
        for start in ["explain", "audit", "check density", "report", "forecast", "diary"] + Parser.sources {
            XCTAssertTrue(examples.contains { $0.hasPrefix(start) }, "no example starts with \(start)")
        }
    }

    func testEveryExampleParsesCompilesAndRuns() throws {
        let store = try SampleSchool.store()
        let catalog = try store.catalog()
        for example in try Self.examples() {
            do {
                let statements = try Compiler.compile(example, catalog: catalog, today: CivilDate(SampleSchool.today)!)
                XCTAssertEqual(statements.count, 1, example)
                for case .query(let query) in statements {
                    _ = try SampleSchool.rows(query.sql, arguments: query.arguments, in: store)
                }
            } catch let errors as LanguageErrors {
                let rendered = errors.diagnostics(source: example, file: "example").map(\.rendered)
                XCTFail("\(example)\n" + rendered.joined(separator: "\n"))
            }
        }
    }
}
