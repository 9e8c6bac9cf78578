import JournalFoundation
import JournalPapers
import XCTest

final class ChartTests: XCTestCase {
    func testBarsAreSizedToTheLargestValueWithTheNumberBeside() throws {
        let table = PaperTable(
            columns: ["value", "count()"],
            rows: [[.integer(5), .integer(345)], [.integer(4), .integer(429)], [.integer(2), .integer(89)]])
        let drawn = try Chart.bars(table, width: 40).get()
        XCTAssertEqual(
            drawn,
            """
            count()
            5 │█████████████████████████▊ 345
            4 │████████████████████████████████ 429
            2 │██████▋ 89

            """)
    }

    func testATableWithoutNumbersIsRefusedWithTheReason() {
        let table = PaperTable(columns: ["name"], rows: [[.text("7А")]])
        XCTAssertEqual(Chart.bars(table, width: 40), .failure(.noNumber))
    }

    func testWhatCannotBeDrawnIsKnownBeforeTheQueryRuns() {
        XCTAssertEqual(Chart.refusal(columns: ["name"], kinds: [.text]), .noNumber)
        XCTAssertEqual(Chart.refusal(columns: ["name", "risk"], kinds: [.text, .bool]), .noNumber)
        XCTAssertEqual(Chart.refusal(columns: ["count()"], kinds: [.number]), .noLabel)
        XCTAssertNil(Chart.refusal(columns: ["value", "count()"], kinds: [.number, .number]))
        XCTAssertNil(Chart.refusal(columns: ["a", "b"], kinds: []), "not known: the rows decide")
        XCTAssertEqual(
            ChartRefusal.noNumber.message.text(in: .russian),
            "для диаграммы нужен столбец чисел: покажите количество, среднее или другую меру")
    }

    func testInRussianTheNumbersHaveADecimalComma() throws {
        let table = PaperTable(
            columns: ["class", "avg"],
            rows: [[.text("7А"), .real(3.845)], [.text("7Б"), .real(4)], [.text("10А"), .null]],
            chart: true)
        let drawn = try Chart.bars(table, width: 30, language: .russian).get()
        XCTAssertEqual(
            drawn,
            """
            avg
            7А  │██████████████████▎ 3,85
            7Б  │███████████████████ 4
            10А │

            """)
    }

    func testASparklineGoesFromTheLowestToTheHighest() {
        XCTAssertEqual(Chart.sparkline([3, 4, nil, 5, 3.5]), "▁▅ █▃")
        XCTAssertEqual(Chart.sparkline([4, 4]), "▅▅")
    }

    /// A series as the language writes it: read back in bucket order; a row lines up on the column's
    /// buckets (a week it has nothing in is a space); its first and last numbers beside it.
    func testASeriesLinesUpOnItsColumnsBuckets() throws {
        let row = try XCTUnwrap(Series("2026-09-14=5 2026-09-07=3"))
        XCTAssertEqual(row.points.map(\.bucket), ["2026-09-07", "2026-09-14"])
        let other = try XCTUnwrap(Series("2026-09-07=4 2026-09-21=4.5"))
        let axis = Series.axis([row, other])
        XCTAssertEqual(axis, ["2026-09-07", "2026-09-14", "2026-09-21"])
        XCTAssertEqual(row.line(on: axis, in: .english), "▁█  3→5")
        XCTAssertEqual(other.line(on: axis, in: .russian), "▁ █ 4→4,5")
        XCTAssertEqual(Series("2026-09=2")?.line(in: .english), "▅ 2")
        XCTAssertNil(Series("Баранов"), "a text the language did not write is not a series")
        XCTAssertNil(Series("2026-09-07=много"))
    }
}
