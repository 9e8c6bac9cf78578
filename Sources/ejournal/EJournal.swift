import ArgumentParser
import Foundation
import JournalShell
import JournalStore

/// The `ejournal` command: opens a journal, or imports, exports or makes a demo school.
@main
struct EJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ejournal",
        abstract: "A shell for a school's electronic class journal, kept in one SQLite file.",
        discussion: """
            Without a subcommand, opens the journal named by --db: runs the statements of -c, \
            or reads statements from standard input.

            Exit codes: 0 success, 64 usage error, 65 error in the input (a statement, a CSV row, a date), \
            70 internal error, 77 a refused log-in (--user).
            """,
        subcommands: [OpenJournal.self, ImportFolder.self, ExportFolder.self, MakeDemo.self, CompileTiming.self],
        defaultSubcommand: OpenJournal.self
    )

    /// Opening a journal (the default) is parsed as its own command: the whole tree of
    /// subcommands is only built for the others and for help, which halves the start-up
    /// every `-c` and script run pays.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let others: Set<String> = ["open", "import", "export", "demo", "compile-time", "help"]
        let wantsTree = arguments.contains { $0 == "-h" || $0 == "--help" || $0.hasPrefix("--generate-completion") }
        guard let first = arguments.first, !others.contains(first), !wantsTree,
            let command = try? OpenJournal.parseAsRoot(arguments) as? OpenJournal
        else {
            // Subcommands, help, and every mistake in the arguments: the whole tree, with its
            // exact usage messages.
            main(arguments)
            return
        }
        do {
            try command.run()
        } catch {
            OpenJournal.exit(withError: error)
        }
    }
}

/// Exit codes of the BSD `sysexits.h` convention, as psql and the Lox interpreters use.
enum Exit {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let internalError = ExitCode(70)
    /// EX_NOPERM: a wrong login or password.
    static let noPermission = ExitCode(77)
}

/// Prints an error on standard error and turns it into the exit code its kind calls for.
func report(_ error: Error) -> Error {
    switch error {
    case let diagnostic as Diagnostic:
        FileHandle.standardError.write(Data((diagnostic.rendered + "\n").utf8))
        return Exit.dataError
    case let diagnostics as Diagnostics:
        FileHandle.standardError.write(Data((diagnostics.rendered + "\n").utf8))
        return Exit.dataError
    case let refused as LogInRefused:
        FileHandle.standardError.write(Data((refused.diagnostic.rendered + "\n").utf8))
        return Exit.noPermission
    case is ExitCode, is CleanExit, is ValidationError:
        return error
    default:
        FileHandle.standardError.write(Data("internal error: \(error)\n".utf8))
        return Exit.internalError
    }
}

/// The `--db FILE` option every subcommand takes.
struct StoreOption: ParsableArguments {
    @Option(name: .long, help: "The journal's SQLite file.", completion: .file(extensions: ["sqlite", "db"]))
    var db: String

    func open() throws -> JournalStore {
        try JournalStore(path: db)
    }
}

/// A `YYYY-MM-DD` date given on the command line.
func checkDate(_ text: String, option: String) throws {
    guard CivilDate(text) != nil else {
        throw ValidationError("\(option) takes a date as YYYY-MM-DD, e.g. 2026-11-27; \"\(text)\" is not one.")
    }
}
