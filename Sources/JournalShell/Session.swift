import Foundation
import JournalFoundation
import JournalLanguage
import JournalPapers
import JournalStore

/// What the shell's dot-commands change: how results look and where they go.
public struct ShellSettings: Sendable {
    public var format: OutputFormat = .table
    public var headers = true
    /// Print each statement's time after its result (`.timer on`).
    public var timer = false
    /// Stop a script at the first error (`.bail on`); the interactive shell goes on by default.
    public var bail = false
    /// Print each statement before running it (`.echo on`).
    public var echo = false
    /// Print the SQL of each query before its rows (`.explain on`).
    public var explain = false
    /// The most rows a terminal table shows.
    public var maxRows: Int?
    /// Bold column names: on a terminal, unless NO_COLOR is set.
    public var colour = false
    /// How many columns wide charts are drawn; nil: as wide as the terminal.
    public var width: Int?

    public init() {}
}

/// A user's session with one journal: the settings the shell's commands change and
/// the one `run(_:)` that the command line, the interactive shell and scripts share.
///
/// A statement is a statement of the journal's language; the session compiles it
/// against the store's catalog (read once and kept) and streams the rows out.
public final class Session {
    public let store: JournalStore
    public var settings = ShellSettings()
    /// The "as of" date set for this session (`--today`, `.today`); nil means the store's own or the system date.
    public var today: String?
    /// Where results go by default: standard output, or the file of `.output`.
    public var write: (String) -> Void
    /// Where the next result only goes (`.once FILE`).
    public var once: OutputFile?
    /// Where results go instead of `write` until `.output` is given without a file.
    public var output: OutputFile?
    /// The values of `$name` in statements (`--set name=value`).
    public var variables: [String: String] = [:]
    /// Long terminal tables go through it (the interactive shell on a terminal sets it).
    public var pager: Pager?
    /// Who the session acts for (`--user`); the local administrator when no one logged in.
    public var actor: Actor = .administrator
    /// Where a workbook goes when no file is named: standard output that is not a terminal (the
    /// command line sets it); nil refuses a workbook without a file.
    public var writeBytes: ((Data) -> Void)?
    /// Where the session says what it did beside the results (`written to FILE: 336 rows`): standard
    /// error, never the file the results go to.
    public var notices: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    /// Whether standard output has been written to yet: the byte order mark of `csv-excel` comes first.
    var standardOutputStarted = false
    /// The rows and tables printed by the run of statements going on.
    var printedRows = 0
    var printedTables = 0
    /// The document the run going on gathers (`.mode html`, `.mode xlsx`).
    var paperRun: PaperRun?
    /// Whether the pages and sheets of every run for standard output are kept, to be written as one
    /// document by `finishDocument()` (the runs of scripts); otherwise each run writes its own.
    public var gathersDocument = false
    var gatheredPages: [PaperPage] = []
    var gatheredSheets: [PaperTable] = []

    public var format: OutputFormat {
        get { settings.format }
        set { settings.format = newValue }
    }

    public init(
        store: JournalStore, format: OutputFormat = .table, today: String? = nil,
        write: @escaping (String) -> Void = { OutputBuffer.standardOutput.write($0) }
    ) {
        self.store = store
        self.today = today
        self.write = write
        self.settings.format = format
    }

    /// The date queries are answered as of: `--today`, else the store's `today`, else the system date.
    public func effectiveToday() throws -> String {
        if let today { return today }
        // The store's own date comes with the catalog, read once per session.
        if let stored = try catalog().today { return stored }
        return Clock.today()
    }

    private var cachedCatalog: JournalCatalog?

    /// The store's names, read once per session (again when another program wrote the journal since).
    public func catalog() throws -> JournalCatalog {
        if let cachedCatalog { return cachedCatalog }
        let catalog = try store.catalog()
        cachedCatalog = catalog
        return catalog
    }

    /// Reads the names (and the actor's classes) anew, after the store was written.
    public func refreshCatalog() {
        cachedCatalog = nil
        // Who heads and teaches which class may have changed with the names.
        cachedAuthorizer = nil
    }

    /// Runs one or more statements (separated by `;`) and prints their results.
    ///
    /// - Parameters:
    ///   - file: what to call the source in messages: `<command line>`, a script's path.
    ///   - firstLine: the line of `file` the source starts on.
    public func run(_ source: String, file: String = Session.commandLine, firstLine: Int = 1) throws {
        let target = once ?? output
        once = nil
        let format = settings.format
        let resultWrite: (String) -> Void = target.map { file in { file.write($0) } } ?? self.write
        // A table for the screen is gathered, then shown through the pager when it is long.
        var gathered = ""
        let paged = target == nil && pager != nil && format == .table
        let sink: (String) -> Void = paged ? { gathered += $0 } : resultWrite
        defer { if paged { pager?.show(gathered, write: resultWrite) } }
        defer {
            target?.flush()
            if target != nil && target !== output { target?.close() }
            OutputBuffer.standardOutput.flush()
        }
        // A document gathers the run's tables; the lines statements print go under them.
        let papers = format.isPaper ? PaperRun() : nil
        let write: (String) -> Void =
            papers.map { papers in
                { text in
                    papers.notes += text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                }
            } ?? resultWrite
        // What another program wrote since the catalog was read (a class, a move) is seen.
        if let cachedCatalog, store.dataVersion() != cachedCatalog.dataVersion { refreshCatalog() }
        let today = try effectiveToday()
        guard let date = CivilDate(today) else {
            throw Diagnostic(Message(ShellText.asOfDateIsNotADate, today), hint: Message(ShellText.setTheAsOfDate))
        }
        let catalog = try catalog()
        // Whose diary `diary` alone shows: a student's own, a parent's child.
        let diaryStudents: [String] =
            switch actor.kind {
            case .student: actor.id.map { [$0] } ?? []
            case .parent: try authorizer().scope.children.sorted()
            default: []
            }
        let entries: [CompiledEntry]
        do throws(LanguageErrors) {
            let catalogOfYear: (String) -> JournalCatalog? = { [store] year in try? store.catalog(year: year) }
            if format.isPaper {
                entries = try Compiler.compileWithHeadings(
                    source, catalog: catalog, today: date, variables: variables, diaryStudents: diaryStudents,
                    catalogOfYear: catalogOfYear)
            } else {
                entries = try Compiler.compile(
                    source, catalog: catalog, today: date, variables: variables, diaryStudents: diaryStudents,
                    catalogOfYear: catalogOfYear
                ).map { CompiledEntry(statement: $0, heading: StatementHeading(kind: .other, title: .verbatim(""))) }
            }
        } catch {
            throw Diagnostics(error.diagnostics(source: source, file: file, firstLine: firstLine))
        }
        let statements = entries.map(\.statement)
        try checkCharts(statements, source: source, file: file, firstLine: firstLine)
        if statements.contains(where: \.printsTables) { try refuseWorkbookOnTheTerminal(target: target) }
        if format == .csvExcel && !(target?.started ?? standardOutputStarted) {
            // Excel reads a CSV file as UTF-8 only when it starts with the byte order mark.
            resultWrite(OutputFormat.byteOrderMark)
        }
        if target == nil { standardOutputStarted = true }
        printedRows = 0
        printedTables = 0
        paperRun = papers
        defer { paperRun = nil }
        if settings.echo { write(source.trimmingCharacters(in: .whitespacesAndNewlines) + "\n") }
        do {
            do {
                try execute(statements, today: today, source: source, write: write, sink: sink)
                if let papers {
                    if let picture = try entries.lazy.compactMap({ try self.reportPicture($0.heading) }).first {
                        papers.picture = picture
                    }
                    try finishPapers(papers, headings: entries.map(\.heading), target: target, today: today)
                }
            } catch let refusal as WriteRefusal {
                // A refusal found while writing points at the words it concerns, when it knows them.
                let message = Message.given(refusal.message)
                let hint = refusal.hint.map { Message.given($0) }
                guard let place = refusal.place else { throw Diagnostic(message, hint: hint) }
                throw LanguageError(message, at: SourceSpan(place.start, place.end), hint: hint)
                    .diagnostic(source: source, file: file, firstLine: firstLine)
            }
        } catch var diagnostic as Diagnostic where diagnostic.location == nil {
            // A statement that failed while running is pointed at too.
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let index = lines.firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
            let text = String(lines.isEmpty ? "" : lines[index])
            let column =
                (text.firstIndex { !$0.isWhitespace }.map { text.distance(from: text.startIndex, to: $0) } ?? 0) + 1
            diagnostic.location = .init(
                file: file, line: firstLine + index, column: column, sourceLine: text,
                length: text.trimmingCharacters(in: .whitespaces).count)
            throw diagnostic
        }
        // Where the rows went, when not before the reader's eyes.
        if let target, printedTables > 0 {
            notices(Self.line(Message(ShellText.writtenTo, target.path, printedRows)))
        }
    }

    private func execute(
        _ statements: [CompiledStatement], today: String, source: String, write: @escaping (String) -> Void,
        sink: @escaping (String) -> Void
    ) throws {
        // Who the change trail names for what this session writes.
        let user = actor.id ?? JournalStore.administratorName
        for statement in statements {
            if let access = try access(for: statement) {
                try authorizer().check(access)
            }
            switch statement {
            case .write(let change):
                let outcome = try store.apply(change, by: authorizer(), now: Self.now(today: today), statement: source)
                // A move changes the classes students were enrolled in, which queries read with the catalog.
                if change.changesNames { refreshCatalog() } else { cachedCatalog?.forgetEnrolment() }
                write(Self.line(Message.given(outcome.summary)))
                for warning in outcome.warnings { write(Self.warning(Message.given(warning))) }
            case .query(let query):
                try print([ReportTable(title: "", query: query)], named: false, to: sink)
            case .report(let tables), .diary(_, let tables):
                try print(tables, named: tables.count > 1, to: sink)
            case .backup(let paths):
                let outcomes = try store.backup(to: paths, now: Self.now(today: today))
                for outcome in outcomes {
                    if let problem = outcome.problem {
                        let line = Self.line(Message(ShellText.backupFailed, outcome.path, Message.given(problem)))
                        FileHandle.standardError.write(Data(line.utf8))
                    } else {
                        write(Self.line(Message(ShellText.backupVerified, outcome.path, outcome.sha256 ?? "")))
                    }
                }
                let failed = outcomes.filter { $0.problem != nil }
                if !failed.isEmpty {
                    throw Diagnostic(
                        Message(
                            ShellText.backupCopiesFailed, failed.count, outcomes.count,
                            failed.map(\.path).joinedText(separator: ", ")),
                        hint: Message(ShellText.checkTheMedia))
                }
            case .restore(let path):
                let manifest = try store.restore(from: path, by: user, statement: source)
                refreshCatalog()
                write(Self.line(Message(ShellText.restored, path, manifest.madeAt)))
            case .closeYear(let year, let reason):
                defer { refreshCatalog() }
                if let closed = try store.closeYear(
                    year, now: Self.now(today: today), force: reason, by: user, statement: source)
                {
                    write(Self.line(Message(ShellText.yearClosedAlready, year, closed)))
                } else {
                    write(
                        Self.line(
                            reason.map { Message(ShellText.yearClosedForced, year, $0) }
                                ?? Message(ShellText.yearClosed, year)))
                }
            case .issueCredentials(let holders):
                try issueCredentials(holders, today: today, write: write)
            case .checkJournal:
                try checkJournal(today: today, write: write)
            case .backupStatus:
                let status = try store.backupStatus(today: today)
                for backup in status.backups { write("\(backup.at)  \(backup.path)\n") }
                write(Self.line(Message(ShellText.verifiedBackupsThisYear, status.backups.count, status.media)))
                if let warning = status.warning { write(Self.warning(Message.given(warning))) }
            case .explain(let tables, let plan):
                for table in tables {
                    if !table.title.isEmpty { write("-- \(table.title)\n") }
                    if plan {
                        let lines = try store.queryPlan(table.query.sql, arguments: table.query.arguments)
                        write(lines.joinedText(separator: "\n") + "\n")
                    } else {
                        write(Self.explained(table.query))
                    }
                }
            }
        }
    }

    private var cachedAuthorizer: Authorizer?

    /// The session's one permission check, for its actor (read once: roles, classes, children).
    public func authorizer() throws -> Authorizer {
        if let cachedAuthorizer, cachedAuthorizer.actor == actor { return cachedAuthorizer }
        let authorizer = Authorizer(actor: actor, scope: try store.scope(of: actor))
        cachedAuthorizer = authorizer
        return authorizer
    }

    /// What a statement needs the right to do; writes are checked by the store on the rows they touch.
    func access(for statement: CompiledStatement) throws -> Access? {
        switch statement {
        case .query(let query):
            return Self.access(for: [query])
        case .report(let tables), .explain(let tables, _):
            return Self.access(for: tables.map(\.query))
        case .diary(let student, _):
            let catalog = try catalog()
            let className = catalog.people.first { $0.id == student }?.className
            return .diary(student: student, classID: catalog.classes.first { $0.name == className }?.id)
        case .backup, .restore, .backupStatus, .closeYear, .checkJournal:
            return .year
        case .write:
            return nil
        case .issueCredentials(let holders):
            // To staff (the operator, R3), or to the students and parents of classes (their class teacher, R7).
            var staff = false
            var classes: [Int] = []
            let catalog = try catalog()
            for holder in holders {
                switch holder {
                case .staff: staff = true
                case .classMembers(let classID): classes.append(classID)
                case .user(let id):
                    guard let person = catalog.people.first(where: { $0.id == id }) else {
                        staff = true
                        continue
                    }
                    switch person.kind {
                    case .staff: staff = true
                    case .student:
                        classes += catalog.classes.filter { $0.name == person.className }.map(\.id)
                    case .parent:
                        classes += try store.classesOfChildren(parent: id)
                    }
                }
            }
            return .credentials(staff: staff, classIDs: classes)
        }
    }

    /// What a query or report reads, as its compiled tables declare it.
    static func access(for queries: [SQLQuery]) -> Access {
        .read(Reading.union(queries.map(\.reads)))
    }

    /// Runs and prints the tables of a query or report.
    ///
    /// - Parameter named: whether the tables are a report's (or a diary's), each under its title:
    ///   in JSON one object of named arrays, in CSV one titled section a table.
    private func print(_ tables: [ReportTable], named: Bool, to write: @escaping (String) -> Void) throws {
        let format = settings.format
        // Programs read CSV and JSON: what is said beside the rows goes to standard error.
        let aside: (String) -> Void =
            format.isForPrograms
            ? { FileHandle.standardError.write(Data($0.utf8)) } : format.isPaper ? notices : write
        let titles = Self.uniqueTitles(tables.map(\.title))
        if named && format == .json { write("{\n") }
        for (index, table) in tables.enumerated() {
            let title = titles[index]
            switch format {
            case .table: if !table.title.isEmpty { write("\(table.title)\n") }
            case .markdown: if !table.title.isEmpty { write("### \(table.title)\n\n") }
            case .csv: if named { write(ResultPrinter.csvField(title) + "\n") }
            case .csvExcel: if named { write(ResultPrinter.excelField(title) + "\n") }
            case .json: if named { write("  " + ResultPrinter.jsonString(title) + ": ") }
            case .html, .xlsx: break
            }
            if settings.explain { aside(Self.explained(table.query)) }
            let started = ContinuousClock.now
            let rows: Int
            let addedNotes: [Message]
            if let papers = paperRun {
                let chart = table.query.chart != nil && format == .html
                var collector = PaperCollector(
                    title: table.title.isEmpty ? nil : table.title, kinds: table.query.columnKinds,
                    language: .current, chart: chart)
                addedNotes = try runResult(table.query, into: &collector)
                papers.tables.append(collector.table)
                rows = collector.table.rows.count
            } else if table.query.chart != nil && format == .table {
                (rows, addedNotes) = try drawChart(table, write: write)
            } else {
                var printer = ResultPrinter(format: format, write: write)
                printer.headers = settings.headers
                printer.maxRows = format == .table ? settings.maxRows : nil
                printer.colour = settings.colour
                printer.columnKinds = table.query.columnKinds
                printer.nested = named && format == .json
                addedNotes = try runResult(table.query, into: &printer)
                rows = printer.lastRowCount
            }
            printedRows += rows
            printedTables += 1
            if named && format == .json { write(index < tables.count - 1 ? ",\n" : "\n") }
            if named && format.isForPrograms && format != .json && index < tables.count - 1 { write("\n") }
            if settings.timer {
                let elapsed = ContinuousClock.now - started
                let milliseconds =
                    Double(elapsed.components.seconds) * 1000
                    + Double(elapsed.components.attoseconds) / 1e15
                aside(Self.line(Message(ShellText.runTime, Self.decimal(milliseconds, digits: 1), rows)))
            }
            // What the result leaves out, under it; for programs (csv, json) on standard error.
            for note in table.query.notes + addedNotes {
                let line = Message(FoundationText.note).description + ": " + Self.line(Message.given(note))
                if let papers = paperRun, format == .html {
                    papers.notes.append(line.trimmingCharacters(in: .newlines))
                } else {
                    aside(line)
                }
            }
            if !table.title.isEmpty && (format == .table || format == .markdown) { write("\n") }
        }
        if named && format == .json { write("}\n") }
    }

    /// The titles of a report's tables as names: each once (a second `marks` is `marks (2)`), none empty.
    static func uniqueTitles(_ titles: [String]) -> [String] {
        var seen: Set<String> = []
        return titles.enumerated().map { index, title in
            let base = title.isEmpty ? Message(ShellText.tableNumber, index + 1).description : title
            var name = base
            var copy = 2
            while !seen.insert(name).inserted {
                name = "\(base) (\(copy))"
                copy += 1
            }
            return name
        }
    }

    /// What messages call statements given on the command line: `<command line>`, `<командная строка>`.
    public static var commandLine: String { Message(ShellText.commandLineSource).description }

    /// A message as a line of output, in the reader's language.
    static func line(_ message: Message) -> String {
        message.text(in: .current) + "\n"
    }

    /// A warning as a line of output: `warning: …`, `предупреждение: …`.
    static func warning(_ message: Message) -> String {
        Message(FoundationText.warning).text(in: .current) + ": " + line(message)
    }

    /// A number with `digits` decimals, with the reader's decimal mark: `1.5`, `1,5`.
    static func decimal(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", value)
        return Language.current == .russian ? ResultPrinter.decimal(text) : text
    }

    /// The time of day now, on the session's "as of" date (for records such as backups).
    static func now(today: String) -> String {
        today + " " + Clock.time()
    }

    /// The SQL of a query with its parameters listed after it, as `explain` prints it.
    static func explained(_ query: SQLQuery) -> String {
        var text = query.sql + ";\n"
        // Where its marks and attendance come from, first, then its period grades (each line put
        // before the text, the last one first): the parameters' line stays the last.
        switch query.gradeUse {
        case .summary: text = Self.line(Message(ShellText.explainGradeSummary)) + text
        case .grades: text = Self.line(Message(ShellText.explainGrades)) + text
        case .both: text = Self.line(Message(ShellText.explainGradeSummaryAndGrades)) + text
        case nil: break
        }
        switch query.summaryUse {
        case .summaries: text = Self.line(Message(ShellText.explainSummaries)) + text
        case .rawRows: text = Self.line(Message(ShellText.explainRawRows)) + text
        case .both: text = Self.line(Message(ShellText.explainSummariesAndRawRows)) + text
        case .days: text = Self.line(Message(ShellText.explainMarkDays)) + text
        case nil: break
        }
        if !query.arguments.isEmpty {
            let values = query.arguments.enumerated().map { index, value -> String in
                let shown: String
                switch value {
                case .text(let text): shown = "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
                default: shown = ResultPrinter.text(value)
                }
                return "?\(index + 1) = \(shown)"
            }
            text += Self.line(Message(ShellText.explainParameters, values.joinedText(separator: ", ")))
        }
        return text
    }
}

/// A file results are written to (`.output FILE`, `.once FILE`), through a buffer.
public final class OutputFile {
    public let path: String
    private let buffer: OutputBuffer
    private let handle: FileHandle
    /// Whether anything has been written to the file yet.
    public private(set) var started = false
    /// The pages of HTML written to the file so far: each run adds one and the file is written anew.
    var pages: [PaperPage] = []
    /// The sheets of the workbook written to the file so far.
    var sheets: [PaperTable] = []

    public init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw Diagnostic(Message(ShellText.cannotWriteTo, path), hint: Message(ShellText.checkTheFolder))
        }
        self.path = path
        self.handle = handle
        self.buffer = OutputBuffer(handle: handle)
    }

    public func write(_ text: String) {
        if !text.isEmpty { started = true }
        buffer.write(text)
    }

    /// Replaces what the file holds with `data`: a document written anew.
    public func replace(with data: Data) {
        buffer.flush()
        try? handle.truncate(atOffset: 0)
        handle.write(data)
        started = true
    }

    public func flush() {
        buffer.flush()
    }

    public func close() {
        buffer.flush()
        try? handle.close()
    }
}
