import JournalFoundation

/// A stretch of the query's text: where a token, an expression or a clause stands.
///
/// Offsets count Unicode scalars from the start of the source, so that a caret can
/// be put under `7Б` as surely as under `7B`.
public struct SourceSpan: Equatable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest span that covers both.
    public func to(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(min(start, other.start), max(end, other.end))
    }
}

/// One token of the language.
public struct Token: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A word: a keyword, a field, a function, a subject, a surname, an enumerated value.
        case word
        /// A name that starts with a digit: a class (`7А`) or a group (`7А-eng-1`).
        case className
        case integer
        case decimal
        /// A date, typed `YYYY-MM-DD` or `ДД.ММ.ГГГГ`; its text is always `YYYY-MM-DD`.
        case date
        /// A quoted text, without its quotes.
        case string
        /// Punctuation and operators: `( ) , ; = != <> < <= > >= + - * /`.
        case symbol
        case end
    }

    public let kind: Kind
    /// The token's text: for a string, its value without quotes.
    public let text: String
    public let span: SourceSpan
    /// The word as keywords are matched: the English word a Russian one stands for (`где` is
    /// `where`), else the text in lower case with `ё` as `е` (computed once: the parser asks often).
    public let key: String

    public init(kind: Kind, text: String, span: SourceSpan) {
        self.init(kind: kind, text: text, span: span, key: kind == .word ? Self.key(of: text) : text)
    }

    /// A token read as `key` whatever its text (`по` read as `to` in `с … по …`).
    public init(kind: Kind, text: String, span: SourceSpan, key: String) {
        self.kind = kind
        self.text = text
        self.span = span
        self.key = key
    }

    /// Every English word this token can stand for, `key` first (`период` is `term`, or `period`).
    public var readings: [String] {
        guard kind == .word else { return [key] }
        return [key] + RussianWords.readings(of: text).filter { $0 != key }
    }

    /// The key of a word when nothing around it decides: its English reading, or itself.
    public static func key(of word: String) -> String {
        RussianWords.english(word) ?? RussianWords.key(word)
    }

    /// Whether this token is the word `keyword`, in any case.
    public func isWord(_ keyword: String) -> Bool {
        kind == .word && key == keyword
    }

    public func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol && text == symbol
    }

    /// How the token is named in a message, as typed: `"где"`, `the text "…"`, `the end of the query`
    /// (in Russian the nominative, so that a message can put it anywhere: «где», текст «…», конец запроса).
    var described: Message {
        switch kind {
        case .end: return Message(ParserText.endOfQuery)
        case .string: return Message(ParserText.theText, text)
        default: return Message(FoundationText.quoted, text)
        }
    }
}
