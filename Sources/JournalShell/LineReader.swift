/// What reading one line from the user gave.
public enum LineInput: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the line being typed is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case end
}

/// Where the shell's lines come from: libedit on a terminal, standard input otherwise,
/// or a list of lines in tests.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (on a terminal) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Adds a whole statement (perhaps of several lines) to the history as one entry.
    func addHistory(_ entry: String)
    /// Writes the history out (on exit).
    func saveHistory()
}

/// Offers the words that may come at the cursor, for Tab.
public protocol Completer: AnyObject {
    /// The candidates for the word that ends at `cursor` (a count of characters into `line`),
    /// and how many characters of that word are already typed.
    func complete(line: String, cursor: Int) -> (candidates: [String], typed: Int)
}

/// Lines from a list, for tests and for scripts read as a whole.
public final class ListLineReader: LineReader {
    private var lines: [String]
    public private(set) var history: [String] = []

    public init(_ lines: [String]) {
        self.lines = lines
    }

    public func readLine(prompt: String) -> LineInput {
        lines.isEmpty ? .end : .line(lines.removeFirst())
    }

    public func addHistory(_ entry: String) {
        history.append(entry)
    }

    public func saveHistory() {}
}

/// Lines from standard input when it is not a terminal: no prompt, no editing, no history.
public final class StandardInputReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func addHistory(_ entry: String) {}

    public func saveHistory() {}
}
