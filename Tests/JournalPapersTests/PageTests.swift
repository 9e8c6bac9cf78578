import JournalFoundation
import JournalPapers
import XCTest

final class PageTests: XCTestCase {
    let header = PageHeader(
        school: "МБОУ СОШ № 14", title: "Ведомость", className: "7А", classTeacher: "Антонова Ирина Петровна",
        period: "четверть 1", date: "2026-11-27", signatures: ["Классный руководитель", "Заместитель директора"])
    let table = PaperTable(
        title: "Отметки", columns: ["ученик", "среднее", "риск", "дата"], kinds: [.text, .number, .bool, .date],
        rows: [
            [.text("<script>alert(1)</script>"), .real(3.84), .integer(1), .text("2026-11-27")],
            [.text("Беляев & сын"), .real(4.5), .integer(0), .null],
        ])

    func testThePageHasItsHeaderTableChartAndSignaturesAndEscapesEveryValue() throws {
        let page = try Page.html(header, tables: [table], charts: true, language: .russian)
        for text in [
            "<html lang=\"ru\">", "МБОУ СОШ № 14", "<h1>Ведомость</h1>", "<dd>Антонова Ирина Петровна</dd>",
            "<dd>27.11.2026</dd>", "<td class=\"numeric\">3,84</td>", "<td>да</td>", "<td>нет</td>", "2 строки",
            "Заместитель директора", "<svg", "@page { size: A4",
        ] {
            XCTAssertTrue(page.contains(text), "the page has no \(text)")
        }
        XCTAssertFalse(page.contains("<script>"), "a value reached the page unescaped")
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(page.contains("Беляев &amp; сын"))
        XCTAssertFalse(page.contains("http://") && !page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    func testInEnglishDatesAndDecimalsStayAsTheyAre() throws {
        let page = try Page.html(header, tables: [table], language: .english)
        XCTAssertTrue(page.contains("<td class=\"numeric\">3.84</td>"))
        XCTAssertTrue(page.contains("<dd>2026-11-27</dd>"))
        XCTAssertTrue(page.contains("2 rows"))
        XCTAssertFalse(page.contains("<svg"), "no chart unless asked")
    }
}
