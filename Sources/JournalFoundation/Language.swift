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
        switch code.lowercased() {
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
            return locale.lowercased().hasPrefix("ru") ? .russian : .english
        }
        return .english
    }
}
