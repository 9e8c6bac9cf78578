import CEditLine
import Foundation
import JournalStore

/// A user's session with one journal: the settings the shell's commands change and
/// the one `run(_:)` that the command line, the interactive shell and scripts share.
///
/// Until the journal's query language lands, a statement is read-only SQL passed to
/// the store; the session already owns what the language will need (the store, the
/// "as of" date, the output format).
public final class Session {
    public let store: JournalStore
    public var format: OutputFormat
    /// The "as of" date set for this session (`--today`); nil means the store's own or the system date.
    public var today: String?
    public var write: (String) -> Void

    public init(
        store: JournalStore, format: OutputFormat = .table, today: String? = nil,
        write: @escaping (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
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

    /// Runs one or more statements (separated by `;`) and prints their results.
    public func run(_ source: String) throws {
        guard !source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        var printer = ResultPrinter(format: format, write: write)
        try store.readSQL(source, today: try effectiveToday(), into: &printer)
    }

    /// Reads statements line by line from standard input until its end, printing each
    /// result; an error is printed and the session goes on, as in sqlite3.
    /// Returns whether every statement ran.
    public func runInteractive(prompt: Bool) -> Bool {
        var allRan = true
        while true {
            if prompt { FileHandle.standardOutput.write(Data("ejournal> ".utf8)) }
            guard let line = readLine() else { break }
            do {
                try run(line)
            } catch let diagnostic as Diagnostic {
                FileHandle.standardError.write(Data((diagnostic.rendered + "\n").utf8))
                allRan = false
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                allRan = false
            }
        }
        if prompt { FileHandle.standardOutput.write(Data("\n".utf8)) }
        return allRan
    }
}
