import Synchronization

/// The language a user reads messages, headers and reports in. Statements are read in either,
/// whatever this is: a Russian word and its English twin mean the same.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// The language the process speaks when nothing more particular is given: set once from the
    /// command line and the environment, changed by `.lang` in the shell.
    public static var current: Language {
        get { chosen.withLock { $0 } }
        set { chosen.withLock { $0 = newValue } }
    }

    private static let chosen = Mutex(Language.english)

    /// A language by its code or name, as `--lang`, `.lang` and `EJOURNAL_LANG` take it.
    public init?(code: String) {
        switch code.lowered() {
        case "en", "eng", "english", "англ", "английский": self = .english
        case "ru", "rus", "russian", "рус", "русский": self = .russian
        default: return nil
        }
    }

    /// The language the environment asks for: `EJOURNAL_LANG`, else the locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, the first one set; `ru_*` is Russian), else English.
    public static func of(environment: [String: String]) -> Language {
        if let code = environment["EJOURNAL_LANG"], let language = Language(code: code) {
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let locale = environment[name], !locale.isEmpty else { continue }
            return locale.lowered().hasPrefix("ru") ? .russian : .english
        }
        return .english
    }
}

extension Language {
    /// A date `2026-11-27` (or a time `2026-11-27 08:05`) as this language's reader writes it:
    /// `27.11.2026` (`27.11.2026 08:05`) in Russian; the text unchanged in English, or when it is
    /// not a date.
    public func date(_ text: String) -> String {
        guard self == .russian, let day = CivilDate(String(text.prefix(10)))?.components else { return text }
        let shown = String(day.day / 10) + String(day.day % 10) + "." + String(day.month / 10) + String(day.month % 10)
        return shown + "." + String(day.year) + text.dropFirst(10)
    }

    /// A number's text with this language's decimal mark: `3.84`, `3,84`.
    public func decimal(_ text: String) -> String {
        self == .russian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
