import JournalFoundation

/// A mistake in a query: where it is, the reason in plain words, and what to do.
///
/// Every stage (lexer, parser, resolver) reports its mistakes as `LanguageError`s;
/// they are turned into text once, at the edge, by `diagnostics(source:file:line:)`.
public struct LanguageError: Error, Equatable, Sendable {
    public var span: SourceSpan
    public var message: Message
    public var hint: Message?

    public init(_ message: Message, at span: SourceSpan, hint: Message? = nil) {
        self.message = message
        self.span = span
        self.hint = hint
    }
}

/// All the mistakes found in one statement, in the order of the text.
public struct LanguageErrors: Error, Equatable, Sendable {
    public var errors: [LanguageError]

    public init(_ errors: [LanguageError]) {
        self.errors = errors.sorted { $0.span.start < $1.span.start }
    }

    /// The mistakes as diagnostics with line, column and caret.
    ///
    /// - Parameters:
    ///   - source: the text the spans point into.
    ///   - file: what to call it: `<command line>`, a script's path.
    ///   - firstLine: the line of `file` the source starts on (for a statement inside a script).
    public func diagnostics(source: String, file: String, firstLine: Int = 1) -> [Diagnostic] {
        // A flood of mistakes (a pasted binary, a line of `#`) is shown by its first few: the rest
        // would bury them, and each costs a pass over the text.
        var shown = errors.prefix(Self.shownAtMost).map {
            $0.diagnostic(source: source, file: file, firstLine: firstLine)
        }
        if errors.count > Self.shownAtMost {
            let more = errors.count - Self.shownAtMost
            shown.append(
                Diagnostic(Message(ParserText.moreMistakes, more), hint: Message(ParserText.correctTheOnesAbove)))
        }
        return shown
    }

    /// The most mistakes shown for one text.
    public static let shownAtMost = 10
}

extension LanguageError {
    public func diagnostic(source: String, file: String, firstLine: Int) -> Diagnostic {
        let scalars = Array(source.unicodeScalars)
        let start = min(span.start, scalars.count)
        var line = 0
        var lineStart = 0
        for index in 0..<start where scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = lineStart
        while lineEnd < scalars.count && scalars[lineEnd] != "\n" && scalars[lineEnd] != "\r" { lineEnd += 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[lineStart..<lineEnd])
        // Spans count Unicode scalars; a column counts what a reader sees as one letter (`е́` is two
        // scalars, one letter), as the caret is drawn under letters.
        func letters(_ from: Int, _ to: Int) -> Int {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<max(from, to)])
            return String(view).count
        }
        let column = letters(lineStart, start) + 1
        let length = max(1, letters(start, min(span.end, lineEnd)))
        return Diagnostic(
            message,
            at: .init(file: file, line: firstLine + line, column: column, sourceLine: String(text), length: length),
            hint: hint)
    }
}
