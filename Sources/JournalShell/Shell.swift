import Dispatch
import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore

/// The interactive shell and the script runner: lines in, statements and dot-commands
/// run through one `Session`.
///
/// The REPL forgets an error and goes on (as the sqlite3 shell does); a script stops at
/// its first error and rolls back everything it did, unless told to continue.
public final class Shell {
    public let session: Session
    let reader: LineReader
    /// Set by `.quit`; the loop ends after the current line.
    var quitRequested = false
    /// How deep `.read` has gone, to stop a script that reads itself.
    private var depth = 0
    /// The folder relative paths are read from: the script's own while it runs.
    private var folder: String
    /// Where `.password` asks for passwords: the terminal, with echo off.
    public var passwords: PasswordReader = TerminalPasswordReader()
    /// Where errors go.
    public var report: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    /// How many statements and commands failed.
    public private(set) var failures = 0
    /// The exit status the worst of those failures calls for.
    public private(set) var status = ExitStatus.success

    /// Counts and reports a failure.
    private func fail(_ error: Error) {
        failures += 1
        status = max(status, ExitStatus.of(error))
        report(ExitStatus.describe(error))
    }

    static let maximumDepth = 16

    public init(session: Session, reader: LineReader) {
        self.session = session
        self.reader = reader
        self.folder = FileManager.default.currentDirectoryPath
    }

    /// A path as the user gave it: a script to read is found relative to the script that reads
    /// it; an output file, relative to the current folder (as the sqlite3 shell does).
    func resolve(_ path: String, fromScript: Bool = true) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSHomeDirectory() + path.dropFirst(1) }
        let base = fromScript ? folder : FileManager.default.currentDirectoryPath
        return (base as NSString).appendingPathComponent(path)
    }

    // MARK: - The interactive loop

    /// Reads and runs lines until the end of input or `.quit`; returns whether every statement ran.
    @discardableResult
    public func runInteractive(prompt: Bool) -> Bool {
        var buffer = StatementBuffer()
        var lineNumber = 0
        let interrupter = QueryInterrupter(store: session.store)
        defer { reader.saveHistory() }
        while !quitRequested {
            let promptText = buffer.isEmpty ? "ejournal> " : "     ...> "
            switch reader.readLine(prompt: prompt ? promptText : "") {
            case .end:
                for unit in buffer.finish() { execute(unit, file: "<stdin>", interrupter: interrupter) }
                return failures == 0
            case .interrupted:
                buffer.clear()
            case .line(let line):
                lineNumber += 1
                for unit in buffer.add(line, line: lineNumber) {
                    switch unit {
                    // A password is never typed in a line, but a mistaken `.password SECRET` stays out too.
                    case .command(let text, _) where MetaCommand.split(text).name.lowercased() == "password": break
                    case .command(let text, _), .statement(let text, _): reader.addHistory(text)
                    }
                    execute(unit, file: "<stdin>", interrupter: interrupter)
                    if quitRequested || (session.settings.bail && failures > 0) { return failures == 0 }
                }
            }
        }
        return failures == 0
    }

    /// Runs one unit, printing (not throwing) its error.
    private func execute(_ unit: InputUnit, file: String, interrupter: QueryInterrupter?) {
        defer { OutputBuffer.standardOutput.flush() }
        do {
            try run(unit, file: file, interrupter: interrupter)
        } catch {
            OutputBuffer.standardOutput.flush()
            fail(error)
        }
    }

    private func run(_ unit: InputUnit, file: String, interrupter: QueryInterrupter?) throws {
        switch unit {
        case .command(let line, let number):
            let (name, arguments) = MetaCommand.split(line)
            guard let command = MetaCommand.find(name) else {
                throw Diagnostic(
                    "unknown command \".\(name)\"", at: .init(file: file, line: number, column: 1, sourceLine: line),
                    hint: Suggestion.nearest(name, in: MetaCommand.all.map(\.name)).first.map {
                        "did you mean \".\($0)\"?"
                    }
                        ?? ".help lists the commands")
            }
            do {
                try command.run(self, arguments)
            } catch var diagnostic as Diagnostic where diagnostic.location == nil {
                diagnostic.location = .init(file: file, line: number, column: 1, sourceLine: line)
                throw diagnostic
            }
        case .statement(let text, let number):
            interrupter?.arm()
            defer { interrupter?.disarm() }
            try session.run(text, file: file, firstLine: number)
        }
    }

    // MARK: - Scripts

    /// Runs a script file: in one transaction, stopping at the first error and rolling back
    /// (or, with `continueOnError`, running the rest and reporting each failure).
    /// Returns whether every statement ran.
    @discardableResult
    public func runScript(path: String, continueOnError: Bool = false, dryRun: Bool = false) -> Bool {
        let before = failures
        do {
            if continueOnError && !dryRun {
                try read(script: resolve(path), stopOnError: false)
            } else {
                try session.store.inTransaction(rollback: dryRun) {
                    try read(script: resolve(path), stopOnError: true)
                }
            }
        } catch {
            // The first error was reported where it happened; this one only rolled the script back.
            if !(error is ScriptStopped) { fail(error) }
        }
        session.refreshCatalog()
        return failures == before
    }

    /// `.read`: runs a script's units in this shell, relative paths from the script's folder.
    func read(script path: String, stopOnError: Bool? = nil) throws {
        guard depth < Self.maximumDepth else {
            throw Diagnostic(
                "scripts read each other more than \(Self.maximumDepth) deep", hint: "a script may be reading itself")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(
                "cannot read the script \(path)", hint: "check the path; relative paths start at the script's folder")
        }
        let text = String(decoding: data, as: UTF8.self)
        let stop = stopOnError ?? session.settings.bail
        depth += 1
        let outerFolder = folder
        folder = (path as NSString).deletingLastPathComponent
        defer {
            depth -= 1
            folder = outerFolder
        }
        var buffer = StatementBuffer(looksAhead: true)
        var units: [InputUnit] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            units += buffer.add(String(line), line: index + 1)
        }
        units += buffer.finish()
        for unit in units {
            if quitRequested { break }
            defer { OutputBuffer.standardOutput.flush() }
            do {
                try run(unit, file: path, interrupter: nil)
            } catch is ScriptStopped {
                throw ScriptStopped()
            } catch {
                fail(error)
                if stop { throw ScriptStopped() }
            }
        }
    }

    // MARK: - Help

    func showHelp(_ name: String?) {
        if let name {
            let key = name.hasPrefix(".") ? String(name.dropFirst()) : name
            if !name.hasPrefix("."),
                let examples = LanguageReference.writingExamples[key.lowercased()]
                    ?? LanguageReference.statementExamples[key.lowercased()]
            {
                session.write(examples.map { "    \($0)\n" }.joined())
                return
            }
            guard let command = MetaCommand.find(key) else {
                session.write("no command .\(key): .help lists them\n")
                return
            }
            session.write(".\(command.name) \(command.usage)\n    \(command.help)\n")
            return
        }
        var text = "Statements of the journal's language end with ; or at the end of a complete line:\n"
        text += "    students in 7А where marks(math, term 2) < 3\n"
        text += "    .schema lists what can be asked; explain QUERY shows its SQL.\n"
        text += "Reports, the diary, the year, backups, log-ins (.help WORD shows examples of each):\n    "
        text += LanguageReference.statementExamples.keys.sorted().joined(separator: " ") + "\n"
        text += "Keeping the journal (.help WORD shows examples of each):\n    "
        text += LanguageReference.writingExamples.keys.sorted().joined(separator: " ") + "\n\nCommands:\n"
        let width = MetaCommand.all.map { $0.name.count + $0.usage.count + 2 }.max() ?? 0
        for command in MetaCommand.all {
            let head = ".\(command.name) \(command.usage)"
            text += "  " + head + String(repeating: " ", count: max(1, width - head.count + 2)) + command.help + "\n"
        }
        session.write(text)
    }

    func showSchema(_ name: String?) throws {
        let sources = LanguageReference.sources
        let chosen =
            try name.map { wanted -> [LanguageReference.SourceInfo] in
                guard let source = sources.first(where: { $0.name == wanted.lowercased() }) else {
                    throw Diagnostic(
                        "there is no source \"\(wanted)\"",
                        hint: Suggestion.didYouMean(wanted, in: sources.map(\.name))
                            ?? "the sources are: " + sources.map(\.name).joined(separator: ", "))
                }
                return [source]
            } ?? sources
        var text = ""
        for source in chosen {
            text += source.name + "\n"
            text += "  fields: " + source.fields.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ") + "\n"
            if !source.functions.isEmpty { text += "  functions: " + source.functions.joined(separator: ", ") + "\n" }
            text += "  shown by default: " + source.natural.joined(separator: ", ") + "\n"
        }
        session.write(text)
    }
}

/// Thrown to unwind a script after its first error was reported.
struct ScriptStopped: Error {}

/// Ctrl-C while a statement runs interrupts it (sqlite3_interrupt) and the shell goes on.
final class QueryInterrupter: @unchecked Sendable {
    private let store: JournalStore
    private var source: DispatchSourceSignal?
    private var previous: sig_t?

    init(store: JournalStore) {
        self.store = store
    }

    /// From now until `disarm`, SIGINT interrupts the running statement instead of ending the process.
    func arm() {
        previous = signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [store] in store.interrupt() }
        source.resume()
        self.source = source
    }

    func disarm() {
        source?.cancel()
        source = nil
        signal(SIGINT, previous ?? SIG_DFL)
    }
}
