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
        // Self-contained: no address but the SVG namespace's name, which is never fetched.
        let addresses = page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        XCTAssertFalse(addresses.contains("http://") || addresses.contains("https://") || addresses.contains("src="))
    }

    func testAWordOfAClosedSetReadsInRussianAsInATable() {
        XCTAssertEqual(CellFormat.text(.text("control"), kind: .enumeration, in: .russian), "контрольная")
        XCTAssertEqual(CellFormat.text(.text("control"), kind: .enumeration, in: .english), "control")
    }

    func testInEnglishDatesAndDecimalsStayAsTheyAre() throws {
        let page = try Page.html(header, tables: [table], language: .english)
        XCTAssertTrue(page.contains("<td class=\"numeric\">3.84</td>"))
        XCTAssertTrue(page.contains("<dd>2026-11-27</dd>"))
        XCTAssertTrue(page.contains("2 rows"))
        XCTAssertFalse(page.contains("<svg"), "no chart unless asked")
    }

    func testADocumentStartsEachPageOnANewSheetUnderItsOwnHeader() throws {
        var second = header
        second.className = "7Б"
        second.signatures = []
        let document = try Page.html(
            [PaperPage(header: header, tables: [table]), PaperPage(header: second, tables: [table], notes: ["7Г"])],
            language: .russian)
        XCTAssertEqual(document.components(separatedBy: "<article class=\"page\">").count, 3)
        XCTAssertTrue(document.contains("article.page + article.page { break-before: page;"))
        XCTAssertTrue(document.contains("<dd>7А</dd>") && document.contains("<dd>7Б</dd>"))
        XCTAssertEqual(document.components(separatedBy: "class=\"signatures\"").count, 2, "only the first signs")
        XCTAssertTrue(document.contains("<p class=\"note\">7Г</p>"))
        XCTAssertEqual(document.components(separatedBy: "<!DOCTYPE html>").count, 2, "one document")
    }

    func testCredentialSlipsAreCutApartAndEscapeEveryValue() throws {
        let slips = [
            CredentialSlip(
                name: "Баранов Ярослав", classOrRole: "7А", login: "s0055", password: "kQ7-wd<9", howTo: "Вход: …"),
            CredentialSlip(
                name: "<script>alert(1)</script>", classOrRole: "7А", login: "s0056", password: "a&b\"c",
                howTo: "Вход: …"),
        ]
        let page = try Page.html([PaperPage(header: header, slips: slips)], language: .russian)
        XCTAssertEqual(page.components(separatedBy: "<div class=\"slip\">").count, 3)
        XCTAssertTrue(page.contains(".slip + .slip { border-top: 1pt dashed #000; }"), "a cut line between slips")
        XCTAssertTrue(page.contains("✂ линия отреза"))
        for text in ["Логин", "Одноразовый пароль", "<code>s0055</code>", "<code>kQ7-wd&lt;9</code>", "Вход: …"] {
            XCTAssertTrue(page.contains(text), "no \(text)")
        }
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(page.contains("a&amp;b&quot;c"))
    }
}
