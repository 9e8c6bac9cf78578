/// The texts of one part of ejournal in every language: an enum whose cases are its messages,
/// with the English texts in one file (`var english`) and the Russian in another (`var russian`),
/// each a `switch` over every case, so that no message can exist in one language only.
///
/// A text is a template: `{1}` stands for the first argument, `{1|form|forms}` for the English
/// form of a word that agrees with the first argument (a number), `{1|форма|формы|форм}` for the
/// Russian one (1 ученик, 2 ученика, 5 учеников); `{{` is a brace.
///
/// ```
/// enum ParserText: String, MessageCatalog { case noClass }
/// extension ParserText { var english: String { switch self { case .noClass: "there is no class {1}" } } }
/// extension ParserText { var russian: String { switch self { case .noClass: "нет класса {1}" } } }
/// Message(ParserText.noClass, "7Г").text(in: .russian)  // нет класса 7Г
/// ```
public protocol MessageCatalog: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    var english: String { get }
    var russian: String { get }
}

extension MessageCatalog {
    public func template(in language: Language) -> String {
        switch language {
        case .english: return english
        case .russian: return russian
        }
    }
}

/// A value put into a message: a text as it is, a number (words agree with it), a word of the
/// language (shown in the reader's language), or another message.
public enum MessageArgument: Equatable, Sendable {
    case text(String)
    case number(Int)
    case decimal(Double)
    /// A word of the query language by its English spelling (`where`, `name`), shown in Russian
    /// to a Russian reader.
    case keyword(String)
    /// A date `2026-11-27` (or a time `2026-11-27 08:05`), shown `27.11.2026` to a Russian reader.
    case date(String)
    indirect case message(Message)
    /// Several messages, one after another with `separator` between them.
    indirect case list([Message], separator: String)
}

/// What can be given to a message as an argument.
public protocol MessageArgumentConvertible {
    var messageArgument: MessageArgument { get }
}

extension String: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(self) }
}

extension Substring: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(String(self)) }
}

extension Int: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .number(self) }
}

extension Double: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .decimal(self) }
}

extension Message: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .message(self) }
}

extension MessageArgument: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { self }
}

/// A text for the user — an error, a hint, a note, a header — in whichever language it is read.
public struct Message: Equatable, Sendable, CustomStringConvertible {
    enum Content: Equatable, Sendable {
        /// A text of a catalog: its name (for tests and equality) and its templates.
        case catalog(id: String, english: String, russian: String)
        /// A text that is the same in every language: a name, a value, a path.
        case verbatim(String)
    }

    let content: Content
    public let arguments: [MessageArgument]

    public init<Key: MessageCatalog>(_ key: Key, _ arguments: any MessageArgumentConvertible...) {
        self.content = .catalog(
            id: "\(Key.self).\(key.rawValue)", english: key.english, russian: key.russian)
        self.arguments = arguments.map(\.messageArgument)
    }

    public init<Key: MessageCatalog>(_ key: Key, arguments: [any MessageArgumentConvertible]) {
        self.content = .catalog(
            id: "\(Key.self).\(key.rawValue)", english: key.english, russian: key.russian)
        self.arguments = arguments.map(\.messageArgument)
    }

    /// A text that reads the same in every language (a name, a value, a path, SQLite's own words).
    public static func verbatim(_ text: String) -> Message {
        Message(content: .verbatim(text), arguments: [])
    }

    init(content: Content, arguments: [MessageArgument]) {
        self.content = content
        self.arguments = arguments
    }

    /// The catalog's name for this text (`ParserText.noClass`), or nil for a verbatim one.
    public var id: String? {
        if case .catalog(let id, _, _) = content { return id }
        return nil
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch content {
        case .verbatim(let text): return text
        case .catalog(_, let english, let russian):
            return Self.fill(language == .russian ? russian : english, with: arguments, in: language)
        }
    }

    /// The text in the process's language.
    public var description: String { text(in: .current) }

    /// Several messages as one, with `separator` between them (", ", "; ", " ").
    public static func joined(_ messages: [Message], separator: String) -> Message {
        Message(
            content: .catalog(id: "joined", english: "{1}", russian: "{1}"),
            arguments: [
                .list(messages, separator: separator)
            ])
    }

    /// A word of the query language by its English spelling, shown in the reader's language.
    public static func keyword(_ word: String) -> Message {
        Message(content: .catalog(id: "keyword", english: "{1}", russian: "{1}"), arguments: [.keyword(word)])
    }

    /// Fields of a source by their English names, shown in the reader's language.
    public static func fields(_ names: [String], of source: String, separator: String = ", ") -> Message {
        joined(
            names.map {
                Message(
                    content: .catalog(id: "field", english: "{1}", russian: "{2}"),
                    arguments: [.text($0), .text(RussianWords.shownField($0, of: source))])
            }, separator: separator)
    }

    /// Words of the query language, shown in the reader's language, with `separator` between them.
    public static func keywords(_ words: [String], separator: String = ", ") -> Message {
        joined(words.map(keyword), separator: separator)
    }

    static func render(_ argument: MessageArgument, in language: Language) -> String {
        switch argument {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .decimal(let value):
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            return language.decimal(text)
        case .keyword(let word): return language == .russian ? RussianWords.shown(word) : word
        case .date(let text): return language.date(text)
        case .message(let message): return message.text(in: language)
        case .list(let messages, let separator):
            return messages.map { $0.text(in: language) }.joinedText(separator: separator)
        }
    }

    /// The template with its `{N}` and `{N|forms}` filled in.
    static func fill(_ template: String, with arguments: [MessageArgument], in language: Language) -> String {
        // The template's pieces appended by String's own `append(contentsOf: Substring)`: `+=` of a
        // Substring is the generic one over any sequence of characters, whose first call in a
        // process scans the program's protocol conformances (0.05 ms of every start).
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out.append(contentsOf: rest[..<open])
            let after = rest.index(after: open)
            if after < rest.endIndex && rest[after] == "{" {
                out += "{"
                rest = rest[rest.index(after: after)...]
                continue
            }
            guard let close = rest[after...].firstIndex(of: "}") else {
                out.append(contentsOf: rest[open...])
                return out
            }
            let parts = rest[after..<close].split(separator: "|", omittingEmptySubsequences: false)
            rest = rest[rest.index(after: close)...]
            guard let number = Int(parts[0]), number >= 1, number <= arguments.count else { continue }
            let argument = arguments[number - 1]
            if parts.count == 1 {
                out += render(argument, in: language)
            } else {
                let forms = parts.dropFirst().map(String.init)
                out += Plural.form(of: Self.count(argument), forms, in: language)
            }
        }
        out.append(contentsOf: rest)
        return out
    }

    static func count(_ argument: MessageArgument) -> Int {
        switch argument {
        case .number(let number): return number
        case .decimal(let value): return value == value.rounded() ? Int(value) : 2
        case .list(let messages, _): return messages.count
        default: return 2
        }
    }
}

/// Which form of a word agrees with a number.
public enum Plural {
    /// `forms` are English (one, other) or Russian (one, few, many): 1 ученик, 2 ученика, 5 учеников,
    /// 21 ученик, 11 учеников.
    public static func form(of count: Int, _ forms: [String], in language: Language) -> String {
        guard let first = forms.first else { return "" }
        switch language {
        case .english:
            return count == 1 ? first : forms.count > 1 ? forms[1] : first
        case .russian:
            let n = abs(count) % 100
            let last = n % 10
            let index = (11...14).contains(n) ? 2 : last == 1 ? 0 : (2...4).contains(last) ? 1 : 2
            return forms[min(index, forms.count - 1)]
        }
    }
}

/// The texts of this module: the parts of a rendered diagnostic.
public enum FoundationText: String, MessageCatalog {
    case error
    case hint
    case warning
    case note
    case didYouMean
    case quoted
    case or
}
