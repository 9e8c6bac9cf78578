import CEditLine
import Foundation
import JournalLanguage
import JournalStore

/// A user's session with one journal: the settings the shell's commands change and
/// the one `run(_:)` that the command line, the interactive shell and scripts share.
///
/// A statement is a statement of the journal's language; the session compiles it
/// against the store's catalog (read once and kept) and streams the rows out.
public final class Session {
    public let store: JournalStore
    public var format: OutputFormat
    /// The "as of" date set for this session (`--today`); nil means the store's own or the system date.
    public var today: String?
    public var write: (String) -> Void

    public init(
        store: JournalStore, format: OutputFormat = .table, today: String? = nil,
        write: @escaping (String) -> Void = { OutputBuffer.standardOutput.write($0) }
    ) {
        self.store = store
        self.format = format
        self.today = today
        self.write = write
    }

    /// The date queries are answered as of: `--today`, else the store's `today`, else the system date.
    public func effectiveToday() throws -> String {
        if let today { return today }
        if let stored = try store.storedToday() { return stored }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }

    private var cachedCatalog: JournalCatalog?

    /// The store's names, read once per session.
    public func catalog() throws -> JournalCatalog {
        if let cachedCatalog { return cachedCatalog }
        let catalog = try store.catalog()
        cachedCatalog = catalog
        return catalog
    }

    /// Runs one or more statements (separated by `;`) and prints their results.
    ///
    /// - Parameters:
    ///   - file: what to call the source in messages: `<command line>`, a script's path.
    ///   - firstLine: the line of `file` the source starts on.
    public func run(_ source: String, file: String = "<command line>", firstLine: Int = 1) throws {
        defer { OutputBuffer.standardOutput.flush() }
        let today = try effectiveToday()
        guard let date = CivilDate(today) else {
            throw Diagnostic("the \"as of\" date \(today) is not a date", hint: "set it as YYYY-MM-DD")
        }
        let statements: [CompiledStatement]
        let catalog = try catalog()
        do throws(LanguageErrors) {
            statements = try Compiler.compile(source, catalog: catalog, today: date)
        } catch {
            throw Diagnostics(error.diagnostics(source: source, file: file, firstLine: firstLine))
        }
        for statement in statements {
            switch statement {
            case .query(let query):
                var printer = ResultPrinter(format: format, write: write)
                try store.query(query.sql, arguments: query.arguments, columns: query.columns, into: &printer)
            case .explain(let tables, let plan):
                for table in tables {
                    if !table.title.isEmpty { write("-- \(table.title)\n") }
                    if plan {
                        let lines = try store.queryPlan(table.query.sql, arguments: table.query.arguments)
                        write(lines.joined(separator: "\n") + "\n")
                    } else {
                        write(Self.explained(table.query))
                    }
                }
            case .report(let tables):
                for table in tables {
                    switch format {
                    case .table: write("\(table.title)\n")
                    case .markdown: write("### \(table.title)\n\n")
                    case .csv, .json: break
                    }
                    var printer = ResultPrinter(format: format, write: write)
                    try store.query(
                        table.query.sql, arguments: table.query.arguments, columns: table.query.columns, into: &printer)
                    if format == .table || format == .markdown { write("\n") }
                }
            }
        }
    }

    /// The SQL of a query with its parameters listed after it, as `explain` prints it.
    static func explained(_ query: SQLQuery) -> String {
        var text = query.sql + ";\n"
        if !query.arguments.isEmpty {
            let values = query.arguments.enumerated().map { index, value -> String in
                let shown: String
                switch value {
                case .text(let text): shown = "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
                default: shown = ResultPrinter.text(value)
                }
                return "?\(index + 1) = \(shown)"
            }
            text += "-- parameters: " + values.joined(separator: ", ") + "\n"
        }
        return text
    }

    /// Reads statements line by line from standard input until its end, printing each
    /// result; an error is printed and the session goes on, as in sqlite3.
    /// Returns whether every statement ran.
    public func runInteractive(prompt: Bool) -> Bool {
        var allRan = true
        var lineNumber = 0
        while true {
            lineNumber += 1
            if prompt {
                OutputBuffer.standardOutput.write("ejournal> ")
                OutputBuffer.standardOutput.flush()
            }
            guard let line = readLine() else { break }
            do {
                try run(line, file: "<stdin>", firstLine: lineNumber)
            } catch let diagnostic as Diagnostic {
                FileHandle.standardError.write(Data((diagnostic.rendered + "\n").utf8))
                allRan = false
            } catch let diagnostics as Diagnostics {
                FileHandle.standardError.write(Data((diagnostics.rendered + "\n").utf8))
                allRan = false
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                allRan = false
            }
        }
        if prompt { OutputBuffer.standardOutput.write("\n") }
        OutputBuffer.standardOutput.flush()
        return allRan
    }
}
