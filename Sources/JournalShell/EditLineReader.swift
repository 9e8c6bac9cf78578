import CLineEditor
import Foundation

/// Lines typed on a terminal, edited with libedit: moving and deleting per character
/// (`ученики`, `7Б`, `Иванова`), a history kept in a file, and Tab completion.
///
///     let reader = EditLineReader(historyFile: "\(home)/.ejournal_history", completer: names)
///     while case .line(let text) = reader.readLine(prompt: "ejournal> ") { … }
///     reader.saveHistory()
///
/// Keys: Ctrl-C drops the line being typed (`.interrupted`), Ctrl-D on an empty line ends
/// the input (`.end`), Up and Down walk the history, Tab completes. Creating a reader makes
/// `LC_CTYPE` a UTF-8 locale (the environment's, else `C.UTF-8`); no other locale category
/// changes.
///
/// Signals: the reader installs no handler and changes none. While a line is edited the
/// terminal sends Ctrl-C as a key rather than SIGINT (its ISIG flag is off), and between
/// reads the terminal is back in its own mode, so Ctrl-C during a running query raises SIGINT
/// for whatever handler the shell installed. A signal that interrupts a read (a handler
/// installed without `SA_RESTART`) also gives `.interrupted`.
///
/// History: a statement of several lines is one entry, kept with its newlines, so that Up
/// brings it back as it was typed (`--` comments included) and Enter sends it back as one
/// `.line` that holds newlines.
public final class EditLineReader: LineReader {
    /// The file the history is read from and written to; nil keeps it for this session only.
    public let historyFile: String?
    /// The most entries the history keeps (the oldest go first).
    public let historyLimit: Int
    private let completer: Completer?
    private let editor: OpaquePointer
    /// The line and cursor left by the last Tab: a Tab that finds them unchanged is a second Tab.
    private var afterTab: LineState?

    /// Whether standard input and standard output are both terminals, where this reader belongs.
    public static var isTerminal: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// A reader on standard input and output. The history file is read if it exists; a missing
    /// or unreadable one starts an empty history.
    /// Nil when libedit is not installed or cannot start (it is loaded here, not linked).
    public init?(historyFile: String?, historyLimit: Int = 1000, completer: Completer?) {
        guard let editor = line_editor_create("ejournal") else { return nil }
        self.editor = editor
        self.historyFile = historyFile
        self.historyLimit = max(historyLimit, 0)
        self.completer = completer
        line_editor_history_set_size(editor, Int32(clamping: max(historyLimit, 1)))
        if let historyFile, FileManager.default.fileExists(atPath: historyFile) {
            line_editor_history_load(editor, historyFile)
        }
        if completer != nil {
            line_editor_set_completion(
                editor,
                { context, line, cursor in
                    let reader = Unmanaged<EditLineReader>.fromOpaque(context!).takeUnretainedValue()
                    return reader.complete(line: String(cString: line!), cursor: Int(cursor))
                }, Unmanaged.passUnretained(self).toOpaque())
        }
    }

    deinit {
        line_editor_destroy(editor)
    }

    /// Shows `prompt` and reads one line; colour codes in the prompt go between two `"\u{1}"`.
    public func readLine(prompt: String) -> LineInput {
        // Results written through the buffer must be on the screen before the prompt.
        OutputBuffer.standardOutput.flush()
        afterTab = nil
        line_editor_set_prompt(editor, prompt)
        var status = LineEditorStatus.end
        let text = line_editor_read(editor, &status)
        switch status {
        case .line: return .line(text.map { String(cString: $0) } ?? "")
        case .interrupted: return .interrupted
        case .end: return .end
        }
    }

    /// Adds a statement to the history as one entry, newlines kept and blank lines around it
    /// trimmed. A blank statement, or one equal to the latest entry, is not added.
    public func addHistory(_ entry: String) {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, historyLimit > 0 else { return }
        line_editor_history_add(editor, trimmed)
    }

    /// Writes the history file (mode 0600; its folder is made if missing), at most
    /// `historyLimit` entries. Failing to write it is not an error of the session.
    public func saveHistory() {
        guard let historyFile, historyLimit > 0 else { return }
        let folder = URL(fileURLWithPath: historyFile).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        line_editor_history_save(editor, historyFile)
    }

    /// The entries of the history, the oldest first.
    public var history: [String] {
        var entries: [String] = []
        withUnsafeMutablePointer(to: &entries) { pointer in
            line_editor_history_each(editor, pointer) { context, entry in
                context!.assumingMemoryBound(to: [String].self).pointee.append(String(cString: entry!))
            }
        }
        return entries
    }

    /// Tab: asks the completer for the word before the cursor and edits the line or lists
    /// the candidates. `cursor` counts Unicode scalars, as libedit does.
    private func complete(line: String, cursor: Int) -> LineEditorCompletion {
        guard let completer else { return .beep }
        let scalars = line.unicodeScalars
        let cut = scalars.index(scalars.startIndex, offsetBy: min(max(cursor, 0), scalars.count))
        let before = String(scalars[..<cut])
        let after = String(scalars[cut...])
        let (candidates, typedCount) = completer.complete(line: line, cursor: before.count)
        let typed = String(before.suffix(min(max(typedCount, 0), before.count)))
        let state = LineState(line: line, cursor: cursor)
        let repeated = afterTab == state
        afterTab = state
        let spaceAfter = TabCompletion.spaceFollows(before: String(before.dropLast(typed.count)), after: after)
        switch TabCompletion.action(candidates: candidates, typed: typed, repeated: repeated, spaceAfter: spaceAfter) {
        case .beep:
            return .beep
        case .replace(let text):
            line_editor_replace_before_cursor(editor, Int32(typed.unicodeScalars.count), text)
            let edited = String(before.dropLast(typed.count)) + text
            afterTab = LineState(line: edited + after, cursor: edited.unicodeScalars.count)
            return .refresh
        case .list(let items):
            line_editor_print_list(editor, TabCompletion.columns(items, width: Int(line_editor_columns(editor))))
            return .redisplay
        }
    }

    /// A line being edited and its cursor, in Unicode scalars.
    private struct LineState: Equatable {
        var line: String
        var cursor: Int
    }
}
