import ArgumentParser
import Foundation
import JournalFoundation
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

/// Exit codes of the BSD `sysexits.h` convention: `ExitStatus`, the shell's one mapping.
enum Exit {
    static let usage = ExitCode(ExitStatus.usage.rawValue)
    static let dataError = ExitCode(ExitStatus.input.rawValue)
    static let internalError = ExitCode(ExitStatus.internalError.rawValue)
    /// EX_NOPERM: a wrong login or password.
    static let noPermission = ExitCode(ExitStatus.noPermission.rawValue)

    /// The exit code of a shell's or script runner's worst failure.
    static func of(_ status: ExitStatus) -> ExitCode { ExitCode(status.rawValue) }
}

/// Prints an error on standard error and turns it into the exit code its kind calls for.
func report(_ error: Error) -> Error {
    switch error {
    case is ExitCode, is CleanExit, is ValidationError:
        return error
    default:
        FileHandle.standardError.write(Data((ExitStatus.describe(error) + "\n").utf8))
        return ExitCode(ExitStatus.of(error).rawValue)
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
