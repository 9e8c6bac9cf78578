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

    func testASparklineGoesFromTheLowestToTheHighest() {
        XCTAssertEqual(Chart.sparkline([3, 4, nil, 5, 3.5]), "▁▅ █▃")
        XCTAssertEqual(Chart.sparkline([4, 4]), "▅▅")
    }
}
