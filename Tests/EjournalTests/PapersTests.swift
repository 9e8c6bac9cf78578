import Foundation
import JournalFoundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Results as papers, end to end on the binary: CSV for Excel, reports as one JSON value, pages,
/// workbooks read back by unzipping, slips, and where `.output` says the rows went.
final class PapersTests: XCTestCase {
    /// The sample school, imported once for the tests that only read it.
    nonisolated(unsafe) static var shared = ""

    override class func setUp() {
        super.setUp()
        shared = (try? Fixtures.storePath("papers")) ?? ""
        _ = try? ejournal(["import", Fixtures.sampleSchool.path, "--db", shared])
    }

    var db: String { Self.shared }

    func testCSVForExcelHasAByteOrderMarkSemicolonsAndADecimalComma() throws {
        let query = "lessons in 7А during on 2026-11-20 show date, subject limit 2"
        let excel = try ejournal(["--db", db, "--format", "csv-excel", "-c", query])
        XCTAssertEqual(excel.status, 0, excel.stderr)
        XCTAssertTrue(excel.stdout.hasPrefix("\u{FEFF}date;subject\n20.11.2026;"), excel.stdout)
        let plain = try ejournal(["--db", db, "--format", "csv", "-c", query])
        XCTAssertTrue(plain.stdout.hasPrefix("date,subject\n2026-11-20,"), plain.stdout)
        let decimals = try ejournal([
            "--db", db, "--format", "csv-excel", "-c", "classes show name, avg(marks(term 1))",
        ])
        let records = decimals.stdout.dropFirst().split(separator: "\n").map { $0.split(separator: ";") }
        XCTAssertEqual(records.first, ["name", "avg(marks(term 1))"])
        XCTAssertTrue(records.dropFirst().allSatisfy { $0.count == 2 && $0[1].contains(",") }, decimals.stdout)
        XCTAssertEqual(records[2].first, "7А", "Cyrillic intact")
        // A field holding the separator is quoted, as Excel reads it.
        let quoted = try ejournal([
            "--db", db, "--format", "csv-excel", "-c", "lessons in 5А during on 2026-09-01 show id, homework limit 1",
        ])
        XCTAssertEqual(quoted.stdout, "\u{FEFF}id;homework\nL000001;§1, упр. 26\n")
    }

    /// Every report is one JSON value: a report of several tables an object of named arrays.
    func testTheJSONOfEveryReportParses() throws {
        for statement in [
            "audit", "audit 7А", "check density 7А term 1", "report 7А term 1", "report 7 term 1", "forecast 7А term 2",
            "diary S0055", "diary S0055 term 1", "report 7А term 1; students in 7А",
        ] {
            let result = try ejournal(["--db", db, "--format", "json", "-c", statement])
            XCTAssertEqual(result.status, 0, "\(statement): \(result.stderr)")
            // Statements one after another are one JSON value each, one after the other.
            for value in statement.contains(";") ? Self.values(result.stdout) : [result.stdout] {
                XCTAssertNoThrow(
                    try JSONSerialization.jsonObject(with: Data(value.utf8)), "\(statement):\n\(result.stdout)")
            }
        }
        let report = try ejournal(["--db", db, "--format", "json", "-c", "report 7А term 1"])
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: [[String: Any]]])
        // The summary sheet, the classes' results, the marks and period grades, the attendance.
        let days = ", term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27"
        let titles = [
            "7А: summary sheet" + days, "results of the classes" + days, "marks and period grades" + days,
            "attendance" + days,
        ]
        XCTAssertEqual(Set(object.keys), Set(titles))
        XCTAssertEqual(object[titles[2]]?.count, 336)
        XCTAssertEqual(object[titles[3]]?.first?["student"] as? String, "Баранов Ярослав Николаевич")
        let csv = try ejournal(["--db", db, "--format", "csv", "-c", "report 7А term 1"])
        let sections = csv.stdout.components(separatedBy: "\n\n")
        XCTAssertEqual(sections.count, 4, "one titled section a table")
        XCTAssertTrue(sections[2].hasPrefix("\"\(titles[2])\"\nstudent,class,subject,"), sections[2])
        XCTAssertTrue(sections[3].hasPrefix("\"\(titles[3])\"\nstudent,class,absences,"), sections[3])
    }

    /// The top-level JSON values of a text, one after another.
    static func values(_ text: String) -> [String] {
        var values: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        for character in text {
            if depth == 0 && character.isWhitespace { continue }
            current.append(character)
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            switch character {
            case "\"": inString = true
            case "[", "{": depth += 1
            case "]", "}":
                depth -= 1
                if depth == 0 {
                    values.append(current)
                    current = ""
                }
            default: break
            }
        }
        return values
    }

    func testOutputSaysWhereTheRowsWentAndHowManyInTheReadersLanguage() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("7a.csv").path
        let input = """
            .mode csv
            .output \(file)
            students in 7А limit 1
            students in 7А limit 2
            students in 7А limit 5
            students in 7А limit 21
            report 7А term 1
            .output
            .once \(file)
            classes

            """
        let russian = try ejournal(["--db", db, "--lang", "ru"], input: input)
        XCTAssertEqual(russian.status, 0, russian.stderr)
        XCTAssertEqual(
            russian.stderr,
            """
            записано в \(file): 1 строка
            записано в \(file): 2 строки
            записано в \(file): 5 строк
            записано в \(file): 21 строка
            примечание: целое число — итоговая отметка; число с дробной частью (4,25; 4,0) — средний балл там, где итоговой отметки ещё нет
            записано в \(file): 401 строка
            записано в \(file): 4 строки

            """)
        XCTAssertEqual(russian.stdout, "", "nothing on the screen but the notes")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n").count, 6)
        let english = try ejournal(["--db", db, "-c", "students in 7А", "--output", file])
        XCTAssertEqual(english.stderr, "written to \(file): 28 rows\n")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(written.hasSuffix("(28 rows)\n"), written)
        XCTAssertFalse(written.contains("written to"), "the note is not in the file")
    }

    /// A workbook written through the binary, read back by unzipping it: each table of the report
    /// a sheet, whose cells, types and Cyrillic equal the rows of the same report in JSON.
    func testAReportAsAWorkbookHasTheRowsOfItsJSON() throws {
        let folder = try Fixtures.temporaryFolder()
        let book = folder.appendingPathComponent("7А.xlsx").path
        let written = try ejournal(["--db", db, "-c", "report 7А term 1", "--format", "xlsx", "--output", book])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(written.stderr.hasSuffix("written to \(book): 401 rows\n"), written.stderr)
        let json = try ejournal(["--db", db, "-c", "report 7А term 1", "--format", "json"])
        let tables = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: [[String: Any]]])
        let workbook = try XLSX(path: book)
        let days = ", term 1 (2026-09-01 to 2026-10-25), as of 2026-11-27"
        let titles = [
            "7А: summary sheet" + days, "results of the classes" + days, "marks and period grades" + days,
            "attendance" + days,
        ]
        // A sheet is named by its table's title, cut to Excel's length, without the characters a
        // sheet's name may not hold.
        XCTAssertEqual(workbook.sheetNames, titles.map { String($0.filter { $0 != ":" }.prefix(28)) })
        for (index, title) in titles.enumerated() {
            let rows = try XCTUnwrap(tables[title])
            let sheet = try workbook.sheet(index + 1)
            let header = sheet[0].map { $0?.text ?? "" }
            XCTAssertEqual(sheet.count, rows.count + 1, title)
            for (number, row) in rows.enumerated() {
                for (column, name) in header.enumerated() {
                    let cell = sheet[number + 1].indices.contains(column) ? sheet[number + 1][column] : nil
                    switch row[name] {
                    case let text as String: XCTAssertEqual(cell, .text(text), "\(title) \(number) \(name)")
                    case let value as NSNumber: XCTAssertEqual(cell, .number(value.doubleValue), "\(name)")
                    default: XCTAssertNil(cell, "\(title) \(number) \(name): an empty value is no cell")
                    }
                }
            }
        }
        // A date is a date: Excel's day number (46346 is 2026-11-20), not a text.
        let dates = folder.appendingPathComponent("dates.xlsx").path
        let lessons = "lessons in 7А during on 2026-11-20 show date, subject limit 1"
        XCTAssertEqual(try ejournal(["--db", db, "-c", lessons, "--format", "xlsx", "--output", dates]).status, 0)
        XCTAssertEqual(try XLSX(path: dates).sheet(1)[1].first, .number(46346))
    }

    func testAWorkbookIsRefusedOnATerminalAndWrittenByDotCommands() throws {
        let store = try JournalStore(path: db)
        let session = Session(store: store, format: .xlsx, today: SampleSchool.today, write: { _ in })
        XCTAssertThrowsError(try session.run("classes")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("a workbook is a file: it cannot be shown on the terminal"), text)
            XCTAssertTrue(text.contains(".once FILE.xlsx"), text)
        }
        let folder = try Fixtures.temporaryFolder()
        let book = folder.appendingPathComponent("book.xlsx").path
        let result = try ejournal(
            ["--db", db], input: ".mode xlsx\n.output \(book)\nclasses\nstudents in 7А\n.output\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let workbook = try XLSX(path: book)
        XCTAssertEqual(workbook.sheetNames.count, 2, "the file holds every result since .output")
        XCTAssertEqual(try workbook.sheet(2)[1].first, .text("S0055"))
    }

    func testAPageHasItsHeaderSignaturesAndChartAndEscapesEveryValue() throws {
        let store = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", store]).status, 0)
        let added = try ejournal([
            "--db", store, "--today", SampleSchool.today, "-c",
            "add student S0999 \"<script>alert(1)</script> Иван\" to 7А",
        ])
        XCTAssertEqual(added.status, 0, added.stderr)
        let folder = try Fixtures.temporaryFolder()
        let page = folder.appendingPathComponent("7a.html").path
        let result = try ejournal([
            "--db", store, "--today", SampleSchool.today, "--lang", "ru", "--format", "html", "--output", page, "-c",
            "report 7А term 1; students in 7А during term 1 show name, marks(term 1)",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        for text in [
            "<html lang=\"ru\">", "МБОУ «Средняя школа № 14»", "<dt>Класс</dt><dd>7А</dd>",
            "<dd>Козлова Василиса Николаевна</dd>", "<dt>Период</dt><dd>период 1</dd>", "<dd>27.11.2026</dd>",
            "Классный руководитель Козлова Василиса Николаевна", "Заместитель директора", "подпись",
            "<h1>Результаты</h1>", "<h2>Отметки по значениям, период 1</h2>", "<svg",
            "&lt;script&gt;alert(1)&lt;/script&gt; Иван",
        ] {
            XCTAssertTrue(html.contains(text), "no \(text)")
        }
        XCTAssertFalse(html.contains("<script>"), "a value reached the page unescaped")
        XCTAssertEqual(html.components(separatedBy: "<!DOCTYPE html>").count, 2, "one document")
    }

    func testAQueryThatEndsWithChartIsDrawnOnThePageAsSVG() throws {
        let result = try ejournal([
            "--db", db, "--format", "html", "-c", "marks in 7А during term 1 by value show value, count() chart",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(result.stdout.contains("<h1>Marks in 7А during term 1 by value show value, count() chart</h1>"))
        XCTAssertTrue(result.stdout.contains("<dt>Period</dt><dd>term 1</dd>"))
        XCTAssertEqual(result.stdout.components(separatedBy: "<rect ").count, 6, "a bar for each of 5 values")
        XCTAssertFalse(result.stdout.contains("class=\"signatures\""), "a query is not signed")
    }

    /// The statements of a script make one document on standard output: a page each, or a sheet a table.
    func testAScriptWritesOneDocumentOnStandardOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        let script = folder.appendingPathComponent("week.ejs").path
        try "students in 7А\nreport 7Б term 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        let page = try ejournal(["--db", db, "--format", "html", script])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertEqual(page.stdout.components(separatedBy: "<!DOCTYPE html>").count, 2, "one document")
        XCTAssertEqual(page.stdout.components(separatedBy: "<article class=\"page\">").count, 3, "a page a statement")
        // Standard output sent to a file, as `ejournal … > week.xlsx` does.
        let path = folder.appendingPathComponent("week.xlsx")
        FileManager.default.createFile(atPath: path.path, contents: nil)
        let process = Process()
        process.executableURL = Fixtures.productsFolder.appendingPathComponent("ejournal")
        process.arguments = ["--db", db, "--format", "xlsx", script]
        process.standardOutput = try FileHandle(forWritingTo: path)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(try XLSX(path: path.path).sheetNames.count, 5)
    }

    func testCredentialSlipsOnAPage() throws {
        let store = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", store]).status, 0)
        let result = try ejournal(["--db", store, "--format", "html", "-c", "issue credentials for 7Б"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("change it at first log-in"), result.stderr)
        let html = result.stdout
        XCTAssertTrue(html.contains("<h1>Log-in credentials</h1>"))
        XCTAssertTrue(html.contains("<dt>Class</dt><dd>7Б</dd>"))
        let slips = html.components(separatedBy: "<div class=\"slip\">").count - 1
        let csv = try ejournal(["--db", store, "--format", "csv", "-c", "issue credentials for 7Б"])
        XCTAssertEqual(slips, Fixtures.parseCSV(csv.stdout).filter { $0.count == 4 }.count - 1)
        XCTAssertGreaterThan(slips, 25)
        XCTAssertTrue(html.contains("✂ cut here"))
        XCTAssertTrue(html.contains("To log in: ejournal --db \(store) --user s"), "how to log in")
        let passwords = html.components(separatedBy: "<dt>One-time password</dt><dd><code>").dropFirst()
        XCTAssertEqual(passwords.count, slips)
    }
}

/// An xlsx file read by unzipping it and reading its XML: the sheets' names and their cells.
struct XLSX {
    enum Cell: Equatable {
        case text(String)
        case number(Double)
        case bool(Bool)

        var text: String? {
            if case .text(let text) = self { return text }
            return nil
        }
    }

    let path: String
    let sheetNames: [String]
    let strings: [String]

    init(path: String) throws {
        self.path = path
        let book = try Self.unzip(path, "xl/workbook.xml")
        sheetNames = XMLElements(book, element: "sheet").elements.map { $0.attributes["name"] ?? "" }
        let shared = (try? Self.unzip(path, "xl/sharedStrings.xml")) ?? Data()
        strings = XMLElements(shared, element: "si").elements.map(\.text)
    }

    /// The rows of sheet `number` (from 1), each cell by its column; nil where there is none.
    func sheet(_ number: Int) throws -> [[Cell?]] {
        let cells = XMLElements(try Self.unzip(path, "xl/worksheets/sheet\(number).xml"), element: "c").elements
        var rows: [[Cell?]] = []
        for cell in cells {
            let reference = cell.attributes["r"] ?? "A1"
            let letters = reference.prefix { $0.isLetter }
            let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
            let row = Int(reference.dropFirst(letters.count))! - 1
            while rows.count <= row { rows.append([]) }
            while rows[row].count <= column { rows[row].append(nil) }
            let value = cell.text
            switch cell.attributes["t"] {
            case "s": rows[row][column] = .text(strings[Int(value)!])
            case "b": rows[row][column] = .bool(value == "1")
            case "str", "inlineStr": rows[row][column] = .text(value)
            default: rows[row][column] = Double(value).map(Cell.number)
            }
        }
        return rows
    }

    static func unzip(_ path: String, _ member: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", path, member]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("no \(member) in \(path)") }
        return data
    }
}

/// The elements of one name in an XML document: their attributes and all the text inside them.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var attributes: [String: String]
        var text = ""
    }

    let name: String
    private(set) var elements: [Element] = []
    private var depth = 0

    init(_ data: Data, element: String) {
        name = element
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elementName == name {
            elements.append(Element(attributes: attributes))
            depth = 1
        } else if depth > 0 {
            depth += 1
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if depth > 0 { depth -= 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth > 0 { elements[elements.count - 1].text += string }
    }
}
