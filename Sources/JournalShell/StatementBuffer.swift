import Foundation
import JournalFoundation
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
    /// What is known of `text` so far, kept as lines come so that a statement of many lines
    /// costs what its lines cost, not what each line times all before it costs.
    private var scan = Scan()
    /// Whether a statement complete at the end of a line waits for the next line, which may
    /// go on with a clause (`where …`, `show …`). Scripts can look ahead; the interactive
    /// shell runs a complete line at once.
    private let looksAhead: Bool
    /// A complete statement (in `text`) waiting to see whether the next line carries it on.
    private var held: (line: Int, scan: Scan)?

    public init(looksAhead: Bool = false) {
        self.looksAhead = looksAhead
    }

    /// Words that, starting a line, carry on the statement of the line before (and their Russian forms).
    static let carryingOn = withRussianForms([
        "in", "during", "where", "by", "show", "order", "limit", "chart", "and", "or",
    ])

    /// English words and their Russian forms, as `RussianWords.key` spells them.
    static func withRussianForms(_ words: [String]) -> Set<String> {
        let english = Set(words)
        let russian = RussianWords.forms.filter { english.contains($0.english) }.flatMap(\.russian)
        return english.union(russian.map(RussianWords.key))
    }

    /// Whether a statement is open (the shell shows its continuation prompt).
    public var isEmpty: Bool {
        held == nil && !scan.content && scan.quote == nil
    }

    /// The open statement's text, for the history when it is abandoned.
    public var pending: String { text }

    /// Drops the open statement (Ctrl-C).
    public mutating func clear() {
        text = ""
        scan = Scan()
        held = nil
    }

    /// Adds a line; returns the units it completes.
    public mutating func add(_ line: String, line number: Int) -> [InputUnit] {
        var units: [InputUnit] = []
        if let waiting = held {
            held = nil
            let first =
                line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { RussianWords.key(String($0)) } ?? ""
            if Self.carryingOn.contains(first) || first.hasPrefix(",") || first.hasPrefix(")") {
                scan = waiting.scan
            } else if !line.allSatisfy(\.isWhitespace) {
                units.append(.statement(text, line: waiting.line))
                text = ""
                scan = Scan()
            } else {
                held = waiting
                return []
            }
        }
        if !scan.content && text.allSatisfy(\.isWhitespace) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(".") {
                return units + [.command(String(trimmed).trimmingTrailingWhitespace, line: number)]
            }
            text = ""
            scan = Scan()
            firstLine = number
        }
        // Where the new part starts, as an offset: indices taken before an append are not kept.
        var offset = text.utf8.count
        if !text.isEmpty {
            // The line break is scanned too: it ends a comment.
            text += "\n"
        } else {
            offset = 0
        }
        text += line
        // Only the new line is scanned; each `;` outside quotes and comments ends a statement.
        var index = text.utf8.index(text.startIndex, offsetBy: offset)
        while index < text.endIndex {
            guard let end = scan.read(text, from: &index) else { break }
            let statement = String(text[..<end])
            let lineCount = statement.filter { $0 == "\n" }.count
            if scan.content {
                units.append(.statement(statement, line: firstLine + Self.leadingNewlines(statement)))
            }
            text = String(text[text.index(after: end)...])
            firstLine += lineCount
            scan = Scan()
            index = text.startIndex
        }
        if scan.content && scan.isComplete {
            if looksAhead {
                // The text stays where it is: carried on, it is not copied.
                held = (firstLine + Self.leadingNewlines(text), scan)
                return units
            }
            units.append(.statement(text, line: firstLine + Self.leadingNewlines(text)))
            text = ""
            scan = Scan()
        } else if !scan.content && scan.quote == nil {
            text = ""
            scan = Scan()
        }
        return units
    }

    /// Ends the input: the open statement, if any, is run as it is.
    public mutating func finish() -> [InputUnit] {
        defer {
            text = ""
            scan = Scan()
            held = nil
        }
        if let held { return [.statement(text, line: held.line)] }
        var units: [InputUnit] = []
        if scan.content {
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

    /// Words after which a statement cannot end.
    static let continuing = withRussianForms(
        LanguageReference.clauses + [
            "and", "or", "not", "is", "explain", "term", "last", "since", "from", "to", "on", "this", "check",
        ]
            + JournalStore.Vocabulary.schemes)
    static let continuingSymbols: Set<String> = [
        ",", ":", "(", "=", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/",
    ]

    /// What a scan of a statement's text has found so far: whether it is inside a quote or a
    /// comment, how deep in brackets, the last word or symbol, and whether it holds anything
    /// but comments. A statement can run as it stands when its quotes and brackets are closed
    /// and it does not end in a word that needs more (`and`, `,`, `where`, …).
    struct Scan: Sendable {
        /// The character that closes the open quote.
        var quote: Character?
        var inComment = false
        var depth = 0
        var last = ""
        var content = false
        private var word = ""

        var isComplete: Bool {
            quote == nil && depth <= 0 && !continuing.contains(last) && !continuingSymbols.contains(last)
        }

        /// Reads `text` from `index` on; stops after the first `;` outside quotes and comments and
        /// returns its index, or reads to the end and returns nil.
        mutating func read(_ text: String, from index: inout String.Index) -> String.Index? {
            while index < text.endIndex {
                let character = text[index]
                let position = index
                index = text.index(after: index)
                if inComment {
                    if character.isNewline { inComment = false }
                    continue
                }
                if let closing = quote {
                    if character == closing {
                        quote = nil
                        last = "\""
                    }
                    continue
                }
                if character.isLetter || character.isNumber || character == "_" {
                    word.append(character)
                    content = true
                    continue
                }
                endWord()
                switch character {
                case "\"", "'", "«":
                    quote = character == "«" ? "»" : character
                    content = true
                case "-" where index < text.endIndex && text[index] == "-":
                    inComment = true
                case ";":
                    return position
                case _ where character.isWhitespace:
                    break
                default:
                    content = true
                    if character == "(" { depth += 1 }
                    if character == ")" { depth -= 1 }
                    // Two-character operators: != <> <= >=.
                    let pair = String(last) + String(character)
                    last = ["!=", "<>", "<=", ">="].contains(pair) && last.count == 1 ? pair : String(character)
                }
            }
            endWord()
            return nil
        }

        private mutating func endWord() {
            guard !word.isEmpty else { return }
            last = RussianWords.key(word)
            word = ""
        }
    }
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
