import Foundation
import JournalFoundation
import JournalLanguage
import JournalPapers
import JournalStore

/// Gathers a result's rows into a table for a page, a workbook or a chart; in Russian, the words
/// of closed sets (kinds of marks, absence codes) as a Russian reader reads them.
struct PaperCollector: ResultSink {
    var table: PaperTable
    let language: Language

    init(title: String?, kinds: [ColumnKind], language: Language, chart: Bool = false) {
        table = PaperTable(title: title, columns: [], kinds: kinds, rows: [], chart: chart)
        self.language = language
    }

    mutating func begin(columns: [String]) throws {
        table.columns = columns
        if table.kinds.count != columns.count { table.kinds = [] }
    }

    mutating func row(_ values: [CellValue]) throws {
        guard language == .russian else { return table.rows.append(values) }
        table.rows.append(
            values.enumerated().map { index, value in
                guard index < table.kinds.count, table.kinds[index] == .enumeration, case .text(let text) = value
                else { return value }
                return .text(RussianWords.shown(text))
            })
    }

    mutating func end() throws {}
}

/// What one run of statements gathers for a document (`.mode html`, `.mode xlsx`): the tables,
/// the lines under them and the credential slips, written once the run is over.
final class PaperRun {
    var tables: [PaperTable] = []
    var notes: [String] = []
    var slips: [CredentialSlip] = []
    /// The page's picture: a class report's marks by value, drawn above its tables.
    var picture: PaperTable?

    var isEmpty: Bool { tables.isEmpty && slips.isEmpty }
}

extension Session {
    /// The width of the terminal results are drawn for: `.width`, else the terminal's, else
    /// `$COLUMNS`, else 80.
    public func drawingWidth() -> Int {
        if let width = settings.width { return width }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }

    /// A query that ends with `chart` but has no column of numbers is refused where `chart` stands,
    /// before any statement of the run is run.
    func checkCharts(_ statements: [CompiledStatement], source: String, file: String, firstLine: Int) throws {
        var errors: [LanguageError] = []
        for case .query(let query) in statements {
            guard let place = query.chart,
                let refusal = Chart.refusal(columns: query.columns, kinds: query.columnKinds)
            else { continue }
            errors.append(LanguageError(refusal.message, at: place, hint: Message(PaperText.chartExample)))
        }
        guard errors.isEmpty else {
            throw Diagnostics(LanguageErrors(errors).diagnostics(source: source, file: file, firstLine: firstLine))
        }
    }

    /// A result drawn as bars in the terminal, in place of its table.
    /// Returns the rows drawn and the notes of the rows a count by a listed dimension added.
    func drawChart(_ table: ReportTable, write: (String) -> Void) throws -> (rows: Int, notes: [Message]) {
        var collector = PaperCollector(title: nil, kinds: table.query.columnKinds, language: .current)
        let notes = try runResult(table.query, into: &collector)
        switch Chart.bars(collector.table, width: drawingWidth(), language: .current) {
        case .success(let drawn): write(drawn)
        case .failure(let refusal): throw Diagnostic(refusal.message, hint: Message(PaperText.chartExample))
        }
        return (collector.table.rows.count, notes)
    }

    /// The header of a run's page: the school, what the run is, and the class, class teacher and
    /// period when every statement of it names the same one.
    func pageHeader(_ headings: [StatementHeading], today: String) throws -> PageHeader {
        let catalog = try catalog()
        let shown = headings.filter { $0.kind != .other }
        var title = Message(ShellText.pageResults).description
        if shown.count == 1 {
            let text =
                shown[0].kind == .credentials
                ? Message(ShellText.credentialsTitle).description : shown[0].title.description
            title = text.prefix(1).uppercased() + text.dropFirst()
        }
        var header = PageHeader(school: catalog.schoolName, title: title, date: today)
        let classIDs = Set(shown.map(\.classID))
        if classIDs.count == 1, let classID = classIDs.first ?? nil,
            let schoolClass = catalog.classes.first(where: { $0.id == classID })
        {
            header.className = schoolClass.name
            header.classTeacher = schoolClass.classTeacher.flatMap { id in
                catalog.people.first { $0.id == id }?.fullName
            }
        }
        let periods = Set(shown.map { $0.period?.description })
        if periods.count == 1, let period = periods.first ?? nil { header.period = period }
        // A report is signed by the class teacher and by the deputy who checks the journal.
        if shown.contains(where: { if case .report = $0.kind { return true } else { return false } }) {
            var classTeacher = Message(ShellText.signClassTeacher).description
            if let name = header.classTeacher { classTeacher += " " + name }
            var deputy = Message(ShellText.signDeputy).description
            let deputies = catalog.people.filter { $0.kind == .staff && $0.roles.contains("deputy") }
            if deputies.count == 1 { deputy += " " + deputies[0].fullName }
            header.signatures = [classTeacher, deputy]
        }
        return header
    }

    /// The page's picture of a class report: how many marks of each value (2, 3, 4, 5).
    func reportPicture(_ heading: StatementHeading) throws -> PaperTable? {
        guard let query = heading.marksByValue else { return nil }
        let title =
            heading.period.map { Message(ShellText.marksByValueDuring, $0) } ?? Message(ShellText.marksByValue)
        var collector = PaperCollector(
            title: title.description, kinds: [.number, .number], language: .current, chart: true)
        try store.query(query.sql, arguments: query.arguments, columns: query.columns, into: &collector)
        collector.table.columns = [
            Message(ShellText.columnMark).description, Message(ShellText.columnCount).description,
        ]
        return collector.table.rows.isEmpty ? nil : collector.table
    }

    /// Writes a run's document: a page of HTML (to the file, where it joins the pages before it,
    /// or to standard output), or a workbook (only to a file, or to standard output that is not a
    /// terminal).
    func finishPapers(_ run: PaperRun, headings: [StatementHeading], target: OutputFile?, today: String) throws {
        guard !run.isEmpty else {
            for note in run.notes { notices(note + "\n") }
            return
        }
        switch settings.format {
        case .html:
            var page = PaperPage(
                header: try pageHeader(headings, today: today), tables: run.tables, notes: run.notes,
                slips: run.slips)
            if let picture = run.picture { page.tables.insert(picture, at: 0) }
            if let target {
                target.pages.append(page)
                target.replace(with: Data(try Page.html(target.pages, language: .current).utf8))
            } else if gathersDocument {
                gatheredPages.append(page)
            } else {
                write(try Page.html([page], language: .current))
            }
        default:
            for note in run.notes { notices(note + "\n") }
            if let target {
                target.sheets += run.tables
                target.replace(with: try Self.workbook(target.sheets))
            } else if gathersDocument {
                gatheredSheets += run.tables
            } else if let writeBytes {
                let data = try Self.workbook(run.tables)
                OutputBuffer.standardOutput.flush()
                writeBytes(data)
            }
        }
    }

    /// Writes the document gathered on standard output by the runs of a script (`gathersDocument`):
    /// its pages as one HTML document, its tables as one workbook.
    public func finishDocument() throws {
        defer {
            gatheredPages = []
            gatheredSheets = []
        }
        if !gatheredPages.isEmpty {
            write(try Page.html(gatheredPages, language: .current))
            OutputBuffer.standardOutput.flush()
        }
        if !gatheredSheets.isEmpty, let writeBytes {
            let data = try Self.workbook(gatheredSheets)
            OutputBuffer.standardOutput.flush()
            writeBytes(data)
        }
    }

    /// The bytes of a workbook of `sheets`, made in a folder of its own that is removed after.
    static func workbook(_ sheets: [PaperTable]) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ejournal-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.xlsx").path
        try Workbook.write(sheets, to: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(Message(PaperText.workbookNotCreated, path))
        }
        return data
    }

    /// A workbook cannot be shown on a terminal: it is refused before anything runs.
    func refuseWorkbookOnTheTerminal(target: OutputFile?) throws {
        guard settings.format == .xlsx, target == nil, writeBytes == nil else { return }
        throw Diagnostic(Message(ShellText.workbookNeedsAFile), hint: Message(ShellText.workbookToAFile))
    }

    /// The slips of issued credentials, one a person, to cut apart and hand out.
    func slips(_ issued: [IssuedCredential]) -> [CredentialSlip] {
        issued.map { credential in
            CredentialSlip(
                name: credential.name, classOrRole: credential.classOrRole.description, login: credential.login,
                password: credential.oneTimePassword,
                howTo: Message(PaperText.slipHowTo, store.path, credential.login, JournalStore.minimumPasswordLength)
                    .description)
        }
    }
}

extension CompiledStatement {
    /// Whether the statement prints tables of rows (and a workbook has something to hold).
    var printsTables: Bool {
        switch self {
        case .query, .report, .diary, .issueCredentials: return true
        default: return false
        }
    }
}
