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
        abstract: text(.ejournalAbstract),
        discussion: text(.ejournalDiscussion),
        subcommands: [OpenJournal.self, ImportFolder.self, ExportFolder.self, MakeDemo.self, CompileTiming.self],
        defaultSubcommand: OpenJournal.self
    )

    /// Opening a journal (the default) is parsed as its own command: the whole tree of
    /// subcommands is only built for the others and for help, which halves the start-up
    /// every `-c` and script run pays; the plainest arguments (`--db F -c '…'`) are read
    /// without ArgumentParser at all (`OpenRequest.simple`), a fifth of what is left.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The language first, so that every message — of a mistake in the arguments too — is in it.
        // (Only the four variables it reads: ProcessInfo's whole environment is a dictionary built at a cost.)
        var environment: [String: String] = [:]
        for name in ["EJOURNAL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            environment[name] = getenv(name).map { String(cString: $0) }
        }
        Language.current = LanguageOption.chosen(arguments: arguments, environment: environment)
        let others: Set<String> = ["open", "import", "export", "demo", "compile-time", "help"]
        let wantsTree = arguments.contains { $0 == "-h" || $0 == "--help" || $0.hasPrefix("--generate-completion") }
        guard let first = arguments.first, !others.contains(first), !wantsTree,
            let request = OpenRequest.simple(arguments)
                ?? (try? OpenJournal.parseAsRoot(arguments) as? OpenJournal)?.request
        else {
            // Subcommands, help, and every mistake in the arguments: the whole tree, with its
            // exact usage messages.
            main(arguments)
            return
        }
        do {
            try request.run()
        } catch {
            OpenJournal.exit(withError: error)
        }
    }
}

/// A text of the catalog in the language chosen at start-up: for the help of commands and options,
/// which ArgumentParser takes as plain text (its own headings and usage lines stay English).
func text(_ key: ShellText, _ arguments: any MessageArgumentConvertible...) -> String {
    Message(key, arguments: arguments).description
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
    @Option(name: .long, help: ArgumentHelp(text(.optionDB)), completion: .file(extensions: ["sqlite", "db"]))
    var db: String

    func open() throws -> JournalStore {
        try JournalStore(path: db)
    }
}

/// The `--lang ru|en` option every subcommand takes: the language of messages and results.
///
/// It is read before the arguments are parsed (`chosen`), so that the help and the mistakes in
/// the arguments are in it too; without it, `EJOURNAL_LANG`, else the locale, else English.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(text(.optionLang), valueName: "ru|en"))
    var lang: String?

    func validate() throws {
        guard let lang else { return }
        guard let language = Language(code: lang) else {
            throw ValidationError(text(.langTakesACode, lang))
        }
        Language.current = language
    }

    /// The language `--lang` (or `--lang=`) asks for among `arguments`, else the environment's.
    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var given: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                given = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                given = String(argument.dropFirst("--lang=".count))
            } else if argument == "-c" {
                // The statements of -c are not options, whatever they hold.
                index += 1
            }
            index += 1
        }
        return given.flatMap(Language.init(code:)) ?? Language.of(environment: environment)
    }
}

/// A `YYYY-MM-DD` date given on the command line.
func checkDate(_ date: String, option: String) throws {
    guard CivilDate(date) != nil else {
        throw ValidationError(text(.dateOption, option, date))
    }
}

/// A number with `digits` decimals and the reader's decimal mark: `0.29`, `0,29`.
func decimal(_ value: Double, digits: Int) -> String {
    Language.current.decimal(String(format: "%.\(digits)f", value))
}
