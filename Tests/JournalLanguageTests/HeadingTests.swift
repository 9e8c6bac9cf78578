import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// What a printed page says about a statement: the one class and the one period it names.
final class HeadingTests: XCTestCase {
    func headings(_ source: String) throws -> [StatementHeading] {
        let catalog = try SampleSchool.store().catalog()
        return try Compiler.compileWithHeadings(source, catalog: catalog, today: CivilDate(SampleSchool.today)!)
            .map(\.heading)
    }

    func classID(_ name: String) throws -> Int? {
        try SampleSchool.store().catalog().classes.first { $0.name == name }?.id
    }

    func testAClassReportNamesItsClassItsPeriodAndCountsItsMarksByValue() throws {
        let heading = try XCTUnwrap(headings("report 7А term 1").first)
        XCTAssertEqual(heading.kind, .report(.report))
        XCTAssertEqual(heading.title.text(in: .russian), "ведомость")
        XCTAssertEqual(heading.classID, try classID("7А"))
        XCTAssertEqual(heading.period?.text(in: .english), "term 1")
        XCTAssertEqual(heading.period?.text(in: .russian), "период 1")
        let marks = try XCTUnwrap(heading.marksByValue)
        let rows = try SampleSchool.rows(marks.sql, arguments: marks.arguments, in: SampleSchool.store())
        XCTAssertEqual(rows.count, 5, "\(rows)")
    }

    func testAReportWithoutASpanIsOfTheCurrentPeriod() throws {
        let heading = try XCTUnwrap(headings("forecast 7А").first)
        XCTAssertEqual(heading.period?.text(in: .english), "term 2")
        XCTAssertNil(heading.marksByValue, "only the class report has the picture")
        XCTAssertNil(try headings("audit 7А").first?.period, "the audit's fortnight is no period")
    }

    func testAQueryNamesOneClassOnlyWhenItsScopeKeepsToOne() throws {
        let headings = try headings(
            "marks in 7А during term 1 by value show value, count() chart; students in 7А, 7Б; "
                + "lessons in Баранов Ярослав during last week; diary S0055; issue credentials for 7Б")
        XCTAssertEqual(headings[0].classID, try classID("7А"))
        XCTAssertEqual(
            headings[0].title.text(in: .english), "marks in 7А during term 1 by value show value, count() chart")
        XCTAssertNil(headings[1].classID)
        XCTAssertEqual(headings[2].classID, try classID("7А"), "a student's class")
        XCTAssertNil(headings[2].period, "a run of days is no period")
        XCTAssertEqual(headings[3].kind, .diary)
        XCTAssertEqual(headings[3].classID, try classID("7А"))
        XCTAssertEqual(headings[4].kind, .credentials)
        XCTAssertEqual(headings[4].classID, try classID("7Б"))
    }

    func testTheCatalogKnowsEachClassTeacher() throws {
        let catalog = try SampleSchool.store().catalog()
        let teacher = try XCTUnwrap(catalog.classes.first { $0.name == "7А" }?.classTeacher)
        XCTAssertEqual(catalog.people.first { $0.id == teacher }?.fullName, "Козлова Василиса Николаевна")
    }
}
