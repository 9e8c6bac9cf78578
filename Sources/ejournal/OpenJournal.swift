import ArgumentParser
import Foundation
import JournalFoundation
import JournalShell
import JournalStore

/// `ejournal --db FILE [-c STATEMENTS] [SCRIPT…]`: the shell, a script runner, or one-off statements.
struct OpenJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a journal: run statements, scripts, or the interactive shell (the default subcommand).",
        discussion: """
            Statements are queries of the journal's language, e.g. students in 7А where marks(math, term 2) < 3; \
            several are separated by ';'. explain QUERY prints the SQL a query compiles to. In the shell, .help \
            lists the dot-commands. A script runs in one transaction: its first error stops it and undoes it.
            """
    )

    @OptionGroup var store: StoreOption

    @Option(
        name: .long,
        help: "The \"as of\" date of the session, YYYY-MM-DD (default: the store's today, else the system date).")
    var today: String?

    @Option(name: .long, help: "How results are printed: table, csv, json or markdown.")
    var format: OutputFormat?

    @Option(
        name: .customShort("c"),
        help: "Statements to run, separated by ';'; without it and without scripts, the shell reads standard input.")
    var command: String?

    @Option(name: .customShort("f"), help: "A script to run (may be given several times).")
    var files: [String] = []

    @Argument(help: "Scripts to run, in order.", completion: .file())
    var scripts: [String] = []

    @Option(name: .long, help: "A variable for statements and scripts, as NAME=VALUE; $NAME stands for VALUE.")
    var set: [String] = []

    @Flag(name: .long, help: "In scripts, report each failing statement and run the rest, instead of stopping.")
    var continueOnError = false

    @Option(
        name: .long,
        help: """
            Log in as this user (the login on the credentials list, e.g. t005); the password is asked \
            without echo, or taken from $EJOURNAL_PASSWORD. Without it, the session is the local administrator.
            """)
    var user: String?

    @Flag(
        name: .long,
        help: "Run the statements or scripts, print everything they would do, and write nothing (a rehearsal).")
    var dryRun = false

    @Option(name: .long, help: "The shell's history file (default: ~/.ejournal_history, or $EJOURNAL_HISTORY).")
    var history: String?

    func validate() throws {
        if let today { try checkDate(today, option: "--today") }
        for assignment in set {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError("--set takes NAME=VALUE, e.g. --set class=7А; \"\(assignment)\" has no name.")
            }
            let name = assignment[..<equals]
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), name.first?.isLetter == true else {
                throw ValidationError("--set: \"\(name)\" is not a variable name (letters, digits, _).")
            }
        }
        if command != nil && !(files + scripts).isEmpty {
            throw ValidationError("Give either -c STATEMENTS or scripts, not both.")
        }
    }

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw Diagnostic(
                    "there is no journal at \(store.db)",
                    hint: "make one with: ejournal demo --db \(store.db), or ejournal import FOLDER --db \(store.db)")
            }
            let onTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            let session = Session(store: try store.open(), format: format ?? .table, today: today)
            session.settings.colour =
                isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            if let user { try logIn(session, as: user) }
            for assignment in set {
                let equals = assignment.firstIndex(of: "=")!
                session.variables[String(assignment[..<equals])] = String(
                    assignment[assignment.index(after: equals)...])
            }
            defer {
                if dryRun { FileHandle.standardError.write(Data("dry run: nothing was written\n".utf8)) }
            }
            if let command {
                if dryRun {
                    try session.store.inTransaction(rollback: true) { try session.run(command) }
                } else {
                    try session.run(command)
                }
                return
            }
            let paths = files + scripts
            if !paths.isEmpty {
                let shell = Shell(session: session, reader: ListLineReader([]))
                for path in paths {
                    let ran = shell.runScript(path: path, continueOnError: continueOnError, dryRun: dryRun)
                    if !ran && !continueOnError { throw Exit.of(shell.status) }
                }
                if shell.failures > 0 { throw Exit.of(shell.status) }
                return
            }
            if dryRun {
                FileHandle.standardError.write(
                    Data("error: --dry-run rehearses -c STATEMENTS or scripts, not the shell\n".utf8))
                throw Exit.usage
            }
            let reader: LineReader
            if onTerminal {
                let environment = ProcessInfo.processInfo.environment
                let file = history ?? environment["EJOURNAL_HISTORY"] ?? NSHomeDirectory() + "/.ejournal_history"
                reader = EditLineReader(historyFile: file, completer: JournalCompleter(session: session))
            } else {
                reader = StandardInputReader()
            }
            if onTerminal { session.pager = Pager.forTerminal() }
            let shell = Shell(session: session, reader: reader)
            if !shell.runInteractive(prompt: onTerminal) && !onTerminal {
                throw Exit.of(shell.status)
            }
        } catch {
            throw report(error)
        }
    }
}

extension OpenJournal {
    /// Logs the session in as `login` before anything runs; a wrong password opens nothing.
    /// Scripts give the passwords in the environment, a person types them on the terminal.
    private func logIn(_ session: Session, as login: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = TerminalPasswordReader()
        let password = try environment["EJOURNAL_PASSWORD"] ?? terminal.readPassword(prompt: "Password for \(login): ")
        try session.logIn(login: login, password: password) { problem in
            guard let new = environment["EJOURNAL_NEW_PASSWORD"] else {
                terminal.tell("The password was issued for one log-in: choose your own.")
                return try terminal.readNewPassword(problem: problem)
            }
            if let refused = problem(new) {
                throw Diagnostic(
                    "EJOURNAL_NEW_PASSWORD cannot be the new password: \(refused)",
                    hint: "choose at least \(JournalStore.minimumPasswordLength) characters, not the login")
            }
            return new
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
