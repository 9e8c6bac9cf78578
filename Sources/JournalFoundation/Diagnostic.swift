/// A problem in the user's input, with where it is, what is wrong and what to do.
///
/// Every error a user sees (a bad CSV row, a bad option value, later a bad query)
/// becomes a `Diagnostic`, and `rendered` is the one place that turns it into text:
///
/// ```
/// marks.csv:12:3: error: unknown student "S9999" in column student_id
///    12 | M0000011,L000002,S9999,5,classwork,2026-09-01 19:13,T006
///       |                  ^~~~~
/// hint: students.csv has no such id; did you mean "S0999"?
/// ```
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the problem is: a file (or `<command line>`), a line and a column, all 1-based.
    public struct Location: Equatable, Sendable {
        public var file: String
        public var line: Int
        public var column: Int
        /// The text of the line, to print under the message; nil when there is none to show.
        public var sourceLine: String?
        /// How many characters the caret underlines, at least one.
        public var length: Int

        public init(file: String, line: Int, column: Int, sourceLine: String? = nil, length: Int = 1) {
            self.file = file
            self.line = line
            self.column = column
            self.sourceLine = sourceLine
            self.length = max(1, length)
        }
    }

    public var location: Location?
    /// The reason, in plain words.
    public var message: Message
    /// What the user can do about it: a suggestion, a "did you mean", the accepted values.
    public var hint: Message?

    public init(_ message: Message, at location: Location? = nil, hint: Message? = nil) {
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// The diagnostic as the user reads it: `file:line:col: error: …`, the line, a caret, a hint.
    public var rendered: String { rendered(in: .current) }

    /// The diagnostic in `language`: `file:line:col: ошибка: …`, the line, a caret, a hint.
    public func rendered(in language: Language) -> String {
        var out = ""
        if let location {
            out += "\(location.file):\(location.line):\(location.column): "
        }
        out += Message(FoundationText.error).text(in: language) + ": " + message.text(in: language)
        if let location, let source = location.sourceLine {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (shown, column) = Self.window(source, column: location.column)
            // Tabs are kept so the caret lines up under them in a terminal; a wide letter takes two
            // columns, a letter with combining marks one.
            let prefix = shown.prefix(max(0, column - 1)).map {
                $0 == "\t" ? "\t" : String(repeating: " ", count: Self.columns(of: $0))
            }
            let underlined = shown.dropFirst(max(0, column - 1)).prefix(location.length)
            let width = max(1, underlined.reduce(0) { $0 + Self.columns(of: $1) })
            let marker = "^" + String(repeating: "~", count: width - 1)
            out += "\n \(number) | \(shown)\n \(gutter) | \(prefix.joined())\(marker)"
        }
        if let hint {
            out += "\n" + Message(FoundationText.hint).text(in: language) + ": " + hint.text(in: language)
        }
        return out
    }

    public var description: String { rendered }

    /// Columns a letter takes in a terminal: two for wide East Asian letters and emoji, else one.
    public static func columns(of letter: Character) -> Int {
        guard let scalar = letter.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF:
            return 2
        default: return 1
        }
    }

    /// The widest source line shown whole; a longer one is shown around the caret.
    static let widest = 120

    /// The part of a source line to show, with the caret's column in it: the whole line when it
    /// is short, else a window around the caret with `…` where it was cut. Control characters
    /// show as `�`, one column each, so the caret stays under its place and the terminal safe.
    static func window(_ line: String, column: Int) -> (text: String, column: Int) {
        let characters = line.map {
            $0.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control && $0 != "\t" }) ? "\u{FFFD}" : $0
        }
        guard characters.count > widest else { return (String(characters), column) }
        let caret = min(max(0, column - 1), characters.count)
        let start = max(0, min(caret - widest / 2, characters.count - widest))
        let end = min(characters.count, start + widest)
        let head = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        return (head + String(characters[start..<end]) + tail, caret - start + 1 + head.count)
    }
}

/// Several diagnostics at once: every mistake found in one statement or script.
public struct Diagnostics: Error, Equatable, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) {
        self.items = items
    }

    /// Each diagnostic rendered, one after another.
    public var rendered: String { rendered(in: .current) }

    public func rendered(in language: Language) -> String {
        items.map { $0.rendered(in: language) }.joinedText(separator: "\n")
    }

    public var description: String { rendered }
}

/// Suggestions for a misspelt name: the candidates closest to what was typed.
public enum Suggestion {
    /// The candidates within a small edit distance of `word`, closest first, at most `limit`.
    ///
    /// ```
    /// Suggestion.nearest("contrl", in: ["classwork", "control"])  // ["control"]
    /// ```
    public static func nearest(_ word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(word.lowered())
        let allowed = max(1, target.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let lower = Array(candidate.lowered())
            if lower.starts(with: target) && !target.isEmpty { return (candidate, 0) }
            // Words whose lengths differ by more than the edits allowed are never near: not compared
            // (a pasted megabyte is not measured against every field).
            guard abs(lower.count - target.count) <= allowed else { return nil }
            let distance = editDistance(target, lower)
            return distance <= allowed ? (candidate, distance) : nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// "did you mean …?" for the nearest candidates in the reader's language, or nil when none is near.
    public static func meant(_ word: String, in candidates: [String]) -> Message? {
        let near = nearest(word, in: candidates)
        guard !near.isEmpty else { return nil }
        return Message(FoundationText.didYouMean, alternatives(near.map { Message(FoundationText.quoted, $0) }))
    }

    /// "did you mean …?" for a misspelt word of the query language: among the Russian forms of
    /// `keywords` when the word is Cyrillic, else among the English ones.
    public static func meantKeyword(_ word: String, in keywords: [String]) -> Message? {
        let cyrillic = word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        guard cyrillic else { return meant(word, in: keywords) }
        let russian = keywords.flatMap { english in
            RussianWords.forms.first { $0.english == english }?.russian ?? []
        }
        return meant(RussianWords.key(word), in: russian)
    }

    /// "a or b or c" in the reader's language.
    public static func alternatives(_ items: [Message]) -> Message {
        var parts: [Message] = []
        for (index, item) in items.enumerated() {
            if index > 0 { parts.append(Message(FoundationText.or)) }
            parts.append(item)
        }
        return Message.joined(parts, separator: "")
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions, and a swap
    /// of two neighbours, each one edit.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
