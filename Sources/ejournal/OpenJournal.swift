import ArgumentParser
import Foundation
import JournalFoundation
import JournalShell
import JournalStore

/// `ejournal --db FILE [-c STATEMENTS] [SCRIPT…]`: the shell, a script runner, or one-off statements.
struct OpenJournal: ParsableCommand {
    // `_superCommandName` only matters when `open` is parsed as a root of its own, the fast
    // path of `EJournal.main`: it spares that parse ArgumentParser's look for a completion-script
    // request (two more parsers built by reflection), which `main` has ruled out already.
    static let configuration = CommandConfiguration(
        commandName: "open",
        _superCommandName: "ejournal",
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
        try request.run()
    }

    /// What the options ask for, as the run takes it.
    var request: OpenRequest {
        OpenRequest(
            db: store.db, today: today, format: format, output: output, command: command, files: files,
            scripts: scripts, set: set, continueOnError: continueOnError, user: user, dryRun: dryRun,
            history: history)
    }
}

/// Opening a journal, as its options ask: run `-c`, scripts, or the interactive shell.
///
/// A plain value so that `EJournal.main` can make one for the common `--db F -c '…'` without
/// ArgumentParser's reflection over `OpenJournal` (`OpenRequest.simple`).
struct OpenRequest {
    var db: String
    var today: String?
    var format: OutputFormat?
    var output: String?
    var command: String?
    var files: [String] = []
    var scripts: [String] = []
    var set: [String] = []
    var continueOnError = false
    var user: String?
    var dryRun = false
    var history: String?

    /// The request of arguments that are only `--db`, `--today`, `--format`, `--output`, `--user`,
    /// `--lang` and `-c`, each once with a valid value; anything else (a script, a flag, a value
    /// that looks like an option, `--name=value`, a mistake) is ArgumentParser's, with its messages.
    static func simple(_ arguments: [String]) -> OpenRequest? {
        guard arguments.count.isMultiple(of: 2) else { return nil }
        var values: [String: String] = [:]
        for index in stride(from: 0, to: arguments.count, by: 2) {
            let (name, value) = (arguments[index], arguments[index + 1])
            guard ["--db", "--today", "--format", "--output", "--user", "--lang", "-c"].contains(name),
                values[name] == nil, !value.hasPrefix("-")
            else { return nil }
            values[name] = value
        }
        guard let db = values["--db"], values["--lang"].map({ Language(code: $0) != nil }) ?? true,
            values["--today"].map({ CivilDate($0) != nil }) ?? true
        else { return nil }
        var request = OpenRequest(db: db, today: values["--today"], output: values["--output"], command: values["-c"])
        request.user = values["--user"]
        if let format = values["--format"] {
            guard let chosen = OutputFormat(argument: format) else { return nil }
            request.format = chosen
        }
        return request
    }

    func run() throws {
        do {
            guard FileManager.default.fileExists(atPath: db) else {
                throw Diagnostic(
                    Message(ShellText.noJournalAt, db), hint: Message(ShellText.makeAJournal, db))
            }
            let onTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            let session = Session(store: try JournalStore(path: db), format: format ?? .table, today: today)
            // The process ends when the session does: freeing the catalog and the people read and
            // closing SQLite's connection one by one (everything is committed by then) only costs
            // start-up time on every `-c`, so the session is left for the process's exit to drop.
            _ = Unmanaged.passRetained(session)
            session.settings.colour =
                isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
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
                if let editor = EditLineReader(historyFile: file, completer: JournalCompleter(session: session)) {
                    reader = editor
                } else {
                    FileHandle.standardError.write(Data((text(.lineEditorMissing) + "\n").utf8))
                    reader = StandardInputReader()
                }
            } else {
                reader = StandardInputReader()
            }
            if onTerminal {
                session.pager = Pager.forTerminal()
                print(text(.banner, db))
            }
            let shell = Shell(session: session, reader: reader)
            if !shell.runInteractive(prompt: onTerminal) && !onTerminal {
                throw Exit.of(shell.status)
            }
        } catch {
            throw report(error)
        }
    }

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
