import ArgumentParser
import Foundation
import JournalFoundation
import JournalShell
import JournalStore

/// `ejournal --db FILE [-c STATEMENTS] [SCRIPT…]`: the shell, a script runner, or one-off statements.
struct OpenJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: text(.openAbstract),
        discussion: text(.openDiscussion)
    )

    @OptionGroup var store: StoreOption

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(text(.optionToday)))
    var today: String?

    @Option(name: .long, help: ArgumentHelp(text(.optionFormat)))
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp(text(.optionOutput)), completion: .file())
    var output: String?

    @Option(name: .customShort("c"), help: ArgumentHelp(text(.optionCommand)))
    var command: String?

    @Option(name: .customShort("f"), help: ArgumentHelp(text(.optionFile)))
    var files: [String] = []

    @Argument(help: ArgumentHelp(text(.optionScripts)), completion: .file())
    var scripts: [String] = []

    @Option(name: .long, help: ArgumentHelp(text(.optionSet)))
    var set: [String] = []

    @Flag(name: .long, help: ArgumentHelp(text(.optionContinueOnError)))
    var continueOnError = false

    @Option(name: .long, help: ArgumentHelp(text(.optionUser)))
    var user: String?

    @Flag(name: .long, help: ArgumentHelp(text(.optionDryRun)))
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp(text(.optionHistory)))
    var history: String?

    func validate() throws {
        if let today { try checkDate(today, option: "--today") }
        for assignment in set {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError(text(.setTakesNameValue, assignment))
            }
            let name = assignment[..<equals]
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), name.first?.isLetter == true else {
                throw ValidationError(text(.setNameIsNotAVariable, name))
            }
        }
        if command != nil && !(files + scripts).isEmpty {
            throw ValidationError(text(.commandOrScripts))
        }
    }

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw Diagnostic(
                    Message(ShellText.noJournalAt, store.db), hint: Message(ShellText.makeAJournal, store.db))
            }
            let onTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            let session = Session(store: try store.open(), format: format ?? .table, today: today)
            session.settings.colour =
                isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            if let user { try logIn(session, as: user) }
            // A workbook goes to standard output only when that is not a terminal.
            if isatty(STDOUT_FILENO) != 1 {
                session.writeBytes = { FileHandle.standardOutput.write($0) }
            }
            if let output {
                // The folder rules of `.output` hold here too: a user who logged in writes only
                // inside the export folder.
                let local =
                    output.hasPrefix("/")
                    ? output : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(output)
                session.output = try OutputFile(path: session.permittedFile(output, local: local, in: .export))
            }
            defer { session.output?.close() }
            for assignment in set {
                let equals = assignment.firstIndex(of: "=")!
                session.variables[String(assignment[..<equals])] = String(
                    assignment[assignment.index(after: equals)...])
            }
            defer {
                if dryRun { FileHandle.standardError.write(Data((text(.dryRunWroteNothing) + "\n").utf8)) }
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
                // The statements of scripts make one page or workbook on standard output, written at the end.
                session.gathersDocument = true
                let shell = Shell(session: session, reader: ListLineReader([]))
                for path in paths {
                    let ran = shell.runScript(path: path, continueOnError: continueOnError, dryRun: dryRun)
                    if !ran && !continueOnError { throw Exit.of(shell.status) }
                }
                try session.finishDocument()
                if shell.failures > 0 { throw Exit.of(shell.status) }
                return
            }
            if dryRun {
                let error = Message(FoundationText.error).description + ": " + text(.dryRunIsNotForTheShell)
                FileHandle.standardError.write(Data((error + "\n").utf8))
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
            if onTerminal {
                session.pager = Pager.forTerminal()
                print(text(.banner, store.db))
            }
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
        let password =
            try environment["EJOURNAL_PASSWORD"] ?? terminal.readPassword(prompt: text(.passwordForPrompt, login))
        try session.logIn(login: login, password: password) { problem in
            guard let new = environment["EJOURNAL_NEW_PASSWORD"] else {
                terminal.tell(text(.issuedForOneLogIn))
                return try terminal.readNewPassword(problem: problem)
            }
            if let refused = problem(new) {
                throw Diagnostic(
                    Message(ShellText.newPasswordFromTheEnvironmentRefused, refused),
                    hint: Message(ShellText.chooseAtLeast, JournalStore.minimumPasswordLength))
            }
            return new
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
