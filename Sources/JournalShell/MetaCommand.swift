import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore

/// A dot-command of the shell (`.mode csv`), with its help; the sqlite3 shell's names
/// where it has the same command, so its users feel at home.
public struct MetaCommand: Sendable {
    public let name: String
    /// The arguments, as the help shows them: `table|csv|json|markdown`, `[FILE]`.
    public let usage: Message
    public let help: Message
    let run: @Sendable (Shell, [String]) throws -> Void

    init(
        name: String, usage: Message = .verbatim(""), help: ShellText,
        run: @escaping @Sendable (Shell, [String]) throws -> Void
    ) {
        self.name = name
        self.usage = usage
        self.help = Message(help)
        self.run = run
    }

    private static let onOff = Message.verbatim("on|off")
    private static let modes = Message(ShellText.usageFormat)

    /// The commands, in the order `.help` lists them.
    public static let all: [MetaCommand] = [
        MetaCommand(name: "help", usage: Message(ShellText.usageCommand), help: .helpHelp) { shell, arguments in
            shell.showHelp(arguments.first)
        },
        MetaCommand(name: "mode", usage: modes, help: .helpMode) { shell, arguments in
            let value = try single(arguments, "mode", usage: modes)
            guard let format = OutputFormat(rawValue: value.lowercased()) else {
                throw Diagnostic(
                    Message(ShellText.notAnOutputMode, value),
                    hint: Suggestion.meant(value, in: OutputFormat.allCases.map(\.rawValue))
                        ?? Message(ShellText.theModesAre))
            }
            shell.session.settings.format = format
        },
        MetaCommand(name: "headers", usage: onOff, help: .helpHeaders) { shell, arguments in
            shell.session.settings.headers = try onOff(arguments, "headers")
        },
        MetaCommand(name: "output", usage: Message(ShellText.usageOptionalFile), help: .helpOutput) {
            shell, arguments in
            let file = try arguments.first.map {
                try shell.session.permittedFile($0, local: shell.resolve($0, fromScript: false), in: .export)
            }
            shell.session.output?.close()
            shell.session.output = nil
            shell.session.output = try file.map { try OutputFile(path: $0) }
        },
        MetaCommand(name: "once", usage: Message(ShellText.usageFile), help: .helpOnce) { shell, arguments in
            let argument = try single(arguments, "once", usage: Message(ShellText.usageFile))
            shell.session.once = try OutputFile(
                path: shell.session.permittedFile(
                    argument, local: shell.resolve(argument, fromScript: false), in: .export))
        },
        MetaCommand(name: "read", usage: Message(ShellText.usageScript), help: .helpRead) { shell, arguments in
            let argument = try single(arguments, "read", usage: Message(ShellText.usageScript))
            try shell.read(
                script: shell.session.permittedFile(argument, local: shell.resolve(argument), in: .scripts))
        },
        MetaCommand(name: "timer", usage: onOff, help: .helpTimer) { shell, arguments in
            shell.session.settings.timer = try onOff(arguments, "timer")
        },
        MetaCommand(name: "bail", usage: onOff, help: .helpBail) { shell, arguments in
            shell.session.settings.bail = try onOff(arguments, "bail")
        },
        MetaCommand(name: "echo", usage: onOff, help: .helpEcho) { shell, arguments in
            shell.session.settings.echo = try onOff(arguments, "echo")
        },
        MetaCommand(name: "today", usage: Message(ShellText.usageOptionalDate), help: .helpToday) {
            shell, arguments in
            guard let date = arguments.first else {
                shell.session.write(try shell.session.effectiveToday() + "\n")
                return
            }
            guard CivilDate(date) != nil else {
                throw Diagnostic(Message(ShellText.notADate, date), hint: Message(ShellText.writeTheDateAs))
            }
            shell.session.today = date
        },
        MetaCommand(name: "schema", usage: Message(ShellText.usageOptionalSource), help: .helpSchema) {
            shell, arguments in try shell.showSchema(arguments.first)
        },
        MetaCommand(name: "explain", usage: onOff, help: .helpExplain) { shell, arguments in
            shell.session.settings.explain = try onOff(arguments, "explain")
        },
        MetaCommand(name: "maxrows", usage: .verbatim("N"), help: .helpMaxRows) { shell, arguments in
            let value = try single(arguments, "maxrows", usage: .verbatim("N"))
            guard let count = Int(value), count >= 0 else {
                throw Diagnostic(Message(ShellText.notANumberOfRows, value), hint: Message(ShellText.maxRowsExample))
            }
            shell.session.settings.maxRows = count == 0 ? nil : count
        },
        MetaCommand(name: "width", usage: .verbatim("N"), help: .helpWidth) { shell, arguments in
            let value = try single(arguments, "width", usage: .verbatim("N"))
            guard let width = Int(value), width >= 0 else {
                throw Diagnostic(Message(ShellText.notAWidth, value), hint: Message(ShellText.widthExample))
            }
            shell.session.settings.width = width == 0 ? nil : width
        },
        MetaCommand(name: "password", help: .helpPassword) { shell, arguments in
            guard arguments.isEmpty else {
                throw Diagnostic(
                    Message(ShellText.passwordTakesNoArgument), hint: Message(ShellText.passwordsAreAsked))
            }
            try shell.session.changeOwnPassword(with: shell.passwords)
        },
        MetaCommand(name: "lang", usage: .verbatim("[ru|en]"), help: .helpLang) { shell, arguments in
            guard let code = arguments.first else {
                shell.session.write(Message(ShellText.currentLanguage).description + "\n")
                return
            }
            let value = try single(arguments, "lang", usage: .verbatim("ru|en"))
            guard let language = Language(code: value) else {
                throw Diagnostic(Message(ShellText.notALanguage, code), hint: Message(ShellText.theLanguagesAre))
            }
            Language.current = language
        },
        MetaCommand(name: "quit", help: .helpQuit) { shell, _ in
            shell.quitRequested = true
        },
        MetaCommand(name: "exit", help: .helpExit) { shell, _ in shell.quitRequested = true },
    ]

    static func find(_ name: String) -> MetaCommand? {
        all.first { $0.name == name.lowercased() }
    }

    private static func single(_ arguments: [String], _ name: String, usage: Message) throws -> String {
        guard arguments.count == 1 else {
            throw Diagnostic(
                Message(ShellText.takesOneArgument, name), hint: Message(ShellText.commandUsage, name, usage))
        }
        return arguments[0]
    }

    private static func onOff(_ arguments: [String], _ name: String) throws -> Bool {
        let value = try single(arguments, name, usage: onOff).lowercased()
        switch value {
        case "on", "yes", "1", "true", "вкл", "да": return true
        case "off", "no", "0", "false", "выкл", "нет": return false
        default: throw Diagnostic(Message(ShellText.takesOnOrOff, name, value), hint: .verbatim(".\(name) on"))
        }
    }

    /// Splits a dot-command line into its name and arguments; quotes keep spaces in an argument.
    static func split(_ line: String) -> (name: String, arguments: [String]) {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var started = false
        for character in line.dropFirst() {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                started = true
            } else if character.isWhitespace {
                if started || !word.isEmpty { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
            }
        }
        if started || !word.isEmpty { words.append(word) }
        return (words.first ?? "", Array(words.dropFirst()))
    }
}
