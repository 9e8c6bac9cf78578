import ArgumentParser
import Foundation
import JournalShell
import JournalStore

/// `ejournal --db FILE [-c STATEMENTS]`: runs statements against a journal.
struct OpenJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a journal and run statements (the default subcommand).",
        discussion: """
            Statements are queries of the journal's language, e.g. students in 7А where marks(math, term 2) < 3; \
            several are separated by ';'. explain QUERY prints the SQL a query compiles to.
            """
    )

    @OptionGroup var store: StoreOption

    @Option(
        name: .long,
        help: "The \"as of\" date of the session, YYYY-MM-DD (default: the store's today, else the system date).")
    var today: String?

    @Option(name: .long, help: "How results are printed: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Option(
        name: .customShort("c"),
        help: "Statements to run, separated by ';'; without it, statements are read from standard input.")
    var command: String?

    func validate() throws {
        if let today { try checkDate(today, option: "--today") }
    }

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw Diagnostic(
                    "there is no journal at \(store.db)",
                    hint: "make one with: ejournal demo --db \(store.db), or ejournal import FOLDER --db \(store.db)")
            }
            let session = Session(store: try store.open(), format: format, today: today)
            if let command {
                try session.run(command)
            } else if !session.runInteractive(prompt: isatty(STDIN_FILENO) == 1) {
                throw Exit.dataError
            }
        } catch {
            throw report(error)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
