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
        // What messages call standard input, in the language of the moment (`.lang` changes it).
        var file: String { Message(ShellText.standardInputSource).description }
        defer { reader.saveHistory() }
        while !quitRequested {
            let promptText = buffer.isEmpty ? "ejournal> " : "     ...> "
            switch reader.readLine(prompt: prompt ? promptText : "") {
            case .end:
                for unit in buffer.finish() { execute(unit, file: file, interrupter: interrupter) }
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
                    execute(unit, file: file, interrupter: interrupter)
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
                    Message(ShellText.unknownCommand, name),
                    at: .init(file: file, line: number, column: 1, sourceLine: line),
                    hint: Suggestion.nearest(name, in: MetaCommand.all.map(\.name)).first.map {
                        Message(ShellText.didYouMeanCommand, $0)
                    }
                        ?? Message(ShellText.helpListsTheCommands))
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
                Message(ShellText.scriptsTooDeep, Self.maximumDepth), hint: Message(ShellText.scriptMayReadItself))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(Message(ShellText.cannotReadScript, path), hint: Message(ShellText.checkTheScriptPath))
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
            if !name.hasPrefix("."), let examples = Self.examples(of: key) {
                session.write(examples.map { "    \($0)\n" }.joined())
                return
            }
            guard let command = MetaCommand.find(key) else {
                session.write(Session.line(Message(ShellText.noCommandToHelp, key)))
                return
            }
            session.write(".\(command.name) \(command.usage)\n    \(command.help)\n")
            return
        }
        var text = Session.line(Message(ShellText.helpStatements))
        text += "    " + Session.line(Message(ShellText.helpExample))
        text += "    " + Session.line(Message(ShellText.helpSchemaAndExplain))
        text += Session.line(Message(ShellText.helpQueries)) + "    "
        text += Message.keywords(LanguageReference.clauseWords, separator: " ").description + "\n"
        text += Session.line(Message(ShellText.helpFunctions)) + "    "
        text += Message.keywords(LanguageReference.functions, separator: " ").description + "\n"
        text += Session.line(Message(ShellText.helpReports)) + "    "
        text += Message.keywords(LanguageReference.statementExamples.keys.sorted(), separator: " ").description + "\n"
        text += Session.line(Message(ShellText.helpKeeping)) + "    "
        text += Message.keywords(LanguageReference.writingExamples.keys.sorted(), separator: " ").description
        text += "\n\n" + Session.line(Message(ShellText.helpCommands))
        let heads = MetaCommand.all.map { ".\($0.name) \($0.usage)" }
        let width = heads.map(\.count).max() ?? 0
        for (command, head) in zip(MetaCommand.all, heads) {
            text += "  " + head + String(repeating: " ", count: max(1, width - head.count + 2)) + "\(command.help)\n"
        }
        session.write(text)
    }

    /// The examples `.help WORD` shows: of a report or statement, by its English word or a Russian one.
    static func examples(of word: String) -> [String]? {
        let english = [word.lowercased()] + RussianWords.readings(of: word)
        for key in english {
            // A statement's, then a source's, a query's or a function's (`grade` is both: a statement and a function).
            var examples =
                LanguageReference.writingExamples[key] ?? LanguageReference.statementExamples[key]
                ?? LanguageReference.sourceExamples[key] ?? []
            var russian = LanguageReference.russianExamples[key] ?? LanguageReference.russianSourceExamples[key] ?? []
            if let query = LanguageReference.queryExamples[key] {
                examples += query.english
                russian += query.russian
            }
            guard !examples.isEmpty else { continue }
            // Both languages, the reader's first.
            return Language.current == .russian ? russian + examples : examples + russian
        }
        return statementExamples(secondWord: word)
    }

    /// The examples of the statements whose second word is `word` (`.help credentials` is
    /// `issue credentials`; `.help year` is `close year` and `open year`; `.help доступ` is `выдать
    /// доступ`); nil when none is.
    static func statementExamples(secondWord word: String) -> [String]? {
        let wanted = RussianWords.key(word)
        let statements = LanguageReference.statementExamples.merging(LanguageReference.writingExamples) { a, _ in a }
        var english: [String] = []
        var russian: [String] = []
        for key in statements.keys.sorted() {
            let theirs = LanguageReference.russianExamples[key] ?? []
            let named = (statements[key] ?? []) + theirs
            guard
                named.contains(where: { example in
                    let words = example.split(separator: " ")
                    return words.count > 1 && RussianWords.key(String(words[1])) == wanted
                })
            else { continue }
            english += statements[key] ?? []
            russian += theirs
        }
        guard !english.isEmpty else { return nil }
        return Language.current == .russian ? russian + english : english + russian
    }

    func showSchema(_ name: String?) throws {
        let sources = LanguageReference.sources
        let chosen =
            try name.map { wanted -> [LanguageReference.SourceInfo] in
                let english = [wanted.lowercased()] + RussianWords.readings(of: wanted)
                guard let source = sources.first(where: { english.contains($0.name) }) else {
                    throw Diagnostic(
                        Message(ShellText.noSource, wanted),
                        hint: Suggestion.meant(wanted, in: sources.map(\.name))
                            ?? Message(ShellText.theSourcesAre, sources.map(\.name).joinedText(separator: ", ")))
                }
                return [source]
            } ?? sources
        let russian = Language.current == .russian
        var text = ""
        for source in chosen {
            let shown = RussianWords.shown(source.name)
            text += (russian && shown != source.name ? "\(shown) (\(source.name))" : source.name) + "\n"
            // A Russian word is shown with its English twin, which is read in either language.
            let fields = source.fields.map { field in
                let word = russian ? Self.russianField(field.name) : field.name
                let kind = field.kind
                return word == field.name ? "\(word) (\(kind))" : "\(word) (\(field.name), \(kind))"
            }
            text += "  " + Session.line(Message(ShellText.schemaFields, fields.joinedText(separator: ", ")))
            if !source.functions.isEmpty {
                let functions = source.functions.map { russian ? Self.russianFunction($0) : $0 }
                text += "  " + Session.line(Message(ShellText.schemaFunctions, functions.joinedText(separator: ", ")))
            }
            if !source.links.isEmpty {
                let links = source.links.map { link in
                    let word = russian ? RussianWords.shown(link.name) : link.name
                    let target = russian ? RussianWords.shown(link.target) : link.target
                    return link.name == link.target ? word : "\(word) → \(target)"
                }
                text += "  " + Session.line(Message(ShellText.schemaLinks, links.joinedText(separator: ", ")))
            }
            let natural = russian ? source.natural.map(Self.russianField) : source.natural
            text += "  " + Session.line(Message(ShellText.schemaShownByDefault, natural.joinedText(separator: ", ")))
        }
        session.write(text)
    }

    /// The Russian word of a field: of a word that is also a function or a statement (`grade`:
    /// `итоговая(…)`, the field `параллель`), the form `RussianWords` lists last, with the fields.
    static func russianField(_ field: String) -> String {
        RussianWords.forms.last { $0.english == field }?.russian.first ?? field
    }

    /// `marks(…)` as `отметки(…)`.
    static func russianFunction(_ function: String) -> String {
        guard let open = function.firstIndex(of: "(") else { return RussianWords.shown(function) }
        return RussianWords.shown(String(function[..<open])) + function[open...]
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
