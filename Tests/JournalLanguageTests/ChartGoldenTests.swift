import Foundation
import JournalFoundation
import JournalLanguage
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Golden files of the terminal's charts and sparklines: every query in `Golden/charts` (ending with `chart` or showing `spark(…)`, or
/// `диаграмма` in a file named `ru_…`, read in Russian) drawn 60 columns wide on the sample school,
/// or its error, is a checked-in `.txt`. EJOURNAL_GOLDEN=update rewrites them.
final class ChartGoldenTests: XCTestCase {
    static let folder = GoldenTests.folder.appendingPathComponent("charts")

    func testChartsAreDrawnAsTheCheckedInFilesShow() throws {
        let store = try SampleSchool.store()
        let cases = try GoldenTests.cases("charts")
        XCTAssertGreaterThanOrEqual(cases.count, 6)
        let before = Language.current
        defer { Language.current = before }
        for (name, query) in cases {
            Language.current = name.hasPrefix("ru_") ? .russian : .english
            var output = ""
            let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
            session.settings.width = 60
            do {
                try session.run(query, file: name)
            } catch {
                output += ExitStatus.describe(error) + "\n"
            }
            let url = Self.folder.appendingPathComponent(name + ".txt")
            if GoldenTests.updating {
                try output.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(output, expected, "\(name): \(url.lastPathComponent) differs")
        }
    }

    /// Each bar ends at its share of the widest, the number beside it, within the width.
    func testTheBarsFitTheWidthAndAreInProportion() throws {
        let store = try SampleSchool.store()
        var output = ""
        let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
        for width in [40, 60, 120] {
            output = ""
            session.settings.width = width
            try session.run("marks in 7А during term 1 by value show value, count() chart")
            let lines = output.split(separator: "\n").dropFirst()
            XCTAssertEqual(lines.count, 5)
            XCTAssertLessThanOrEqual(lines.map { $0.count }.max() ?? 0, width, output)
            let longest = lines.first { $0.hasSuffix(" 429") }.map { $0.filter { $0 == "█" }.count } ?? 0
            let half = lines.first { $0.hasSuffix(" 307") }.map { $0.filter { $0 == "█" }.count } ?? 0
            XCTAssertEqual(Double(half) / Double(longest), 307.0 / 429, accuracy: 0.05, output)
        }
    }

    /// `chart` is the last word of a query, read in either language.
    func testChartEndsAQueryInEitherLanguage() throws {
        let catalog = try SampleSchool.store().catalog()
        for source in [
            "marks in 7А during term 1 by value show value, count() chart",
            "отметки в 7А за период 1 по значению показать значение, количество() диаграмма",
            "classes chart",
        ] {
            let statements = try Compiler.compile(source, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            guard case .query(let query) = statements.first else { return XCTFail(source) }
            XCTAssertNotNil(query.chart, source)
        }
        let plain = try Compiler.compile("classes", catalog: catalog, today: CivilDate(SampleSchool.today)!)
        if case .query(let query) = plain.first { XCTAssertNil(query.chart) }
        XCTAssertThrowsError(try Parser.parse("students chart where risk")) { error in
            let errors = (error as? LanguageErrors)?.errors ?? []
            XCTAssertEqual(errors.first?.hint?.text(in: .english).hasPrefix("chart is the last word of a query"), true)
        }
    }
}
