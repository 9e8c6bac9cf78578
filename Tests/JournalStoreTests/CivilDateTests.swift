import JournalFoundation
import XCTest

/// Dates read and written: only the store's shape (`2026-09-01`) is a date; every day reads back as
/// written.
final class CivilDateTests: XCTestCase {
    func testEveryDayOfFourYearsReadsBackAsWritten() {
        let first = CivilDate(2023, 1, 1)
        for offset in 0..<(4 * 366) {
            let date = first.adding(days: offset)
            let (y, m, d) = date.components
            let text = String(format: "%04d-%02d-%02d", y, m, d)
            XCTAssertEqual(date.text, text)
            XCTAssertEqual(CivilDate(text), date, text)
        }
        XCTAssertEqual(CivilDate(2024, 2, 29).text, "2024-02-29")
    }

    func testTextThatIsNotADayIsNone() {
        for text in [
            "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00", "2026-4-011", "2026-+4-01",
            "2026/04/01",
            "2026-04-0a", "2026-04-1", "", "２０２６-04-01", "2026-04-01 ",
        ] {
            XCTAssertNil(CivilDate(text), text)
        }
        XCTAssertEqual(CivilDate("2028-02-29"), CivilDate(2028, 2, 29))
    }

    func testAYearOfOtherThanFourDigitsIsWrittenInFull() {
        XCTAssertEqual(CivilDate(999, 12, 31).text, "999-12-31")
        XCTAssertEqual(CivilDate(10000, 1, 1).text, "10000-01-01")
    }
}
