import Foundation
import JournalLanguage
import JournalStore

/// A piece of input the shell acts on: a dot-command line or a whole statement.
public enum InputUnit: Equatable, Sendable {
    /// `.mode csv`: the line, and its line number.
    case command(String, line: Int)
    /// A statement (perhaps of several lines), and the line it starts on.
    case statement(String, line: Int)
}

/// Gathers lines into statements, as the interactive shell and scripts read them.
///
/// A statement ends at `;`, or at the end of a line where it is complete: brackets and
/// quotes closed, and not ending in a word that needs more (`and`, `,`, `where`, …).
/// A line that starts with `.` when no statement is open is a dot-command.
///
/// ```
/// var buffer = StatementBuffer()
/// buffer.add("students in 7А where", line: 1)   // []: the statement goes on
/// buffer.add("  risk", line: 2)                   // [.statement("students in 7А where\n  risk", line: 1)]
/// ```
public struct StatementBuffer: Sendable {
    private var text = ""
    private var firstLine = 0
    /// Whether a statement complete at the end of a line waits for the next line, which may
    /// go on with a clause (`where …`, `show …`). Scripts can look ahead; the interactive
    /// shell runs a complete line at once.
    private let looksAhead: Bool
    private var held: (text: String, line: Int)?

    public init(looksAhead: Bool = false) {
        self.looksAhead = looksAhead
    }

    /// Words that, starting a line, carry on the statement of the line before.
    static let carryingOn: Set<String> = ["in", "during", "where", "by", "show", "order", "limit", "and", "or"]

    /// Whether a statement is open (the shell shows its continuation prompt).
    public var isEmpty: Bool {
        held == nil && text.allSatisfy(\.isWhitespace)
    }

    /// The open statement's text, for the history when it is abandoned.
    public var pending: String { text }

    /// Drops the open statement (Ctrl-C).
    public mutating func clear() {
        text = ""
        held = nil
    }

    /// Adds a line; returns the units it completes.
    public mutating func add(_ line: String, line number: Int) -> [InputUnit] {
        var units: [InputUnit] = []
        if let waiting = held {
            held = nil
            let first = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { $0.lowercased() } ?? ""
            if Self.carryingOn.contains(first) || first.hasPrefix(",") || first.hasPrefix(")") {
                text = waiting.text
                firstLine = waiting.line - Self.leadingNewlines(waiting.text)
            } else if !line.allSatisfy(\.isWhitespace) {
                units.append(.statement(waiting.text, line: waiting.line))
            } else {
                held = waiting
                return []
            }
        }
        if text.allSatisfy(\.isWhitespace) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(".") {
                return units + [.command(String(trimmed).trimmingTrailingWhitespace, line: number)]
            }
            text = ""
            firstLine = number
        }
        text += text.isEmpty ? line : "\n" + line
        // Each `;` outside quotes and comments ends a statement.
        while let end = Self.terminator(in: text) {
            let statement = String(text[..<end])
            let lineCount = statement.filter { $0 == "\n" }.count
            if !statement.allSatisfy({ $0.isWhitespace || $0 == ";" }) && !Self.onlyComments(statement) {
                units.append(.statement(statement, line: firstLine + Self.leadingNewlines(statement)))
            }
            text = String(text[text.index(after: end)...])
            firstLine += lineCount
        }
        if !text.allSatisfy(\.isWhitespace) && Self.isComplete(text) && !Self.onlyComments(text) {
            if looksAhead {
                held = (text, firstLine + Self.leadingNewlines(text))
            } else {
                units.append(.statement(text, line: firstLine + Self.leadingNewlines(text)))
            }
            text = ""
        } else if Self.onlyComments(text) {
            text = ""
        }
        return units
    }

    /// Ends the input: the open statement, if any, is run as it is.
    public mutating func finish() -> [InputUnit] {
        defer {
            text = ""
            held = nil
        }
        var units: [InputUnit] = []
        if let held { units.append(.statement(held.text, line: held.line)) }
        if !text.allSatisfy(\.isWhitespace) && !Self.onlyComments(text) {
            units.append(.statement(text, line: firstLine + Self.leadingNewlines(text)))
        }
        return units
    }

    private static func leadingNewlines(_ text: String) -> Int {
        var count = 0
        for character in text {
            if character == "\n" {
                count += 1
            } else if !character.isWhitespace {
                break
            }
        }
        return count
    }

    private static func onlyComments(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("--")
        }
    }

    /// The first `;` outside quotes and comments.
    static func terminator(in text: String) -> String.Index? {
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == (open == "«" ? "»" : open) { quote = nil }
            } else if character == "\"" || character == "'" || character == "«" {
                quote = character
            } else if character == "-", text[text.index(after: index)...].first == "-" {
                // A comment runs to the end of the line.
                while index < text.endIndex && !text[index].isNewline { index = text.index(after: index) }
                continue
            } else if character == ";" {
                return index
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Words after which a statement cannot end.
    static let continuing = Set(
        LanguageReference.clauses + [
            "and", "or", "not", "is", "explain", "term", "last", "since", "from", "to", "on", "this", "check",
        ]
            + JournalStore.Vocabulary.schemes)
    static let continuingSymbols: Set<String> = [
        ",", ":", "(", "=", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/",
    ]

    /// Whether `text` is a statement that can run as it stands.
    static func isComplete(_ text: String) -> Bool {
        let tokens: [Token]
        do {
            tokens = try Lexer.tokens(of: text)
        } catch {
            // An open quote waits for its closing; any other mistake is for the parser to report.
            return !error.errors.contains { $0.message.contains("no closing") }
        }
        var depth = 0
        for token in tokens where token.kind == .symbol {
            if token.text == "(" { depth += 1 }
            if token.text == ")" { depth -= 1 }
        }
        guard depth <= 0 else { return false }
        guard tokens.count >= 2 else { return true }
        let last = tokens[tokens.count - 2]
        if last.kind == .symbol { return !continuingSymbols.contains(last.text) }
        if last.kind == .word { return !continuing.contains(last.text.lowercased()) }
        return true
    }
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
