import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore

/// A dot-command of the shell (`.mode csv`), with its help; the sqlite3 shell's names
/// where it has the same command, so its users feel at home.
public struct MetaCommand: Sendable {
    public let name: String
    /// The arguments, as the help shows them: `table|csv|json|markdown`.
    public let usage: String
    public let help: String
    let run: @Sendable (Shell, [String]) throws -> Void

    /// The commands, in the order `.help` lists them.
    public static let all: [MetaCommand] = [
        MetaCommand(name: "help", usage: "[COMMAND]", help: "Show the commands, or one command's help.") {
            shell, arguments in shell.showHelp(arguments.first)
        },
        MetaCommand(
            name: "mode", usage: "table|csv|json|markdown", help: "Choose how results are printed."
        ) { shell, arguments in
            let value = try single(arguments, "mode", usage: "table|csv|json|markdown")
            guard let format = OutputFormat(rawValue: value.lowercased()) else {
                throw Diagnostic(
                    "\"\(value)\" is not an output mode",
                    hint: Suggestion.didYouMean(value, in: OutputFormat.allCases.map(\.rawValue))
                        ?? "the modes are table, csv, json, markdown")
            }
            shell.session.settings.format = format
        },
        MetaCommand(name: "headers", usage: "on|off", help: "Print the column names, or not.") { shell, arguments in
            shell.session.settings.headers = try onOff(arguments, "headers")
        },
        MetaCommand(
            name: "output", usage: "[FILE]",
            help: "Send results to FILE from now on; without FILE, back to the screen."
        ) { shell, arguments in
            let file = try arguments.first.map {
                try shell.session.permittedFile($0, local: shell.resolve($0, fromScript: false), in: .export)
            }
            shell.session.output?.close()
            shell.session.output = nil
            shell.session.output = try file.map { try OutputFile(path: $0) }
        },
        MetaCommand(name: "once", usage: "FILE", help: "Send the next result only to FILE.") { shell, arguments in
            let argument = try single(arguments, "once", usage: "FILE")
            shell.session.once = try OutputFile(
                path: shell.session.permittedFile(
                    argument, local: shell.resolve(argument, fromScript: false), in: .export))
        },
        MetaCommand(
            name: "read", usage: "SCRIPT", help: "Run the statements of a script file (scripts may read others)."
        ) { shell, arguments in
            let argument = try single(arguments, "read", usage: "SCRIPT")
            try shell.read(
                script: shell.session.permittedFile(argument, local: shell.resolve(argument), in: .scripts))
        },
        MetaCommand(name: "timer", usage: "on|off", help: "Print how long each statement took.") { shell, arguments in
            shell.session.settings.timer = try onOff(arguments, "timer")
        },
        MetaCommand(
            name: "bail", usage: "on|off",
            help: "Stop at the first error (scripts always do, unless --continue-on-error)."
        ) { shell, arguments in
            shell.session.settings.bail = try onOff(arguments, "bail")
        },
        MetaCommand(name: "echo", usage: "on|off", help: "Print each statement before its result.") {
            shell, arguments in
            shell.session.settings.echo = try onOff(arguments, "echo")
        },
        MetaCommand(
            name: "today", usage: "[DATE]",
            help: "Answer as of DATE (YYYY-MM-DD); without DATE, show the \"as of\" date."
        ) { shell, arguments in
            guard let date = arguments.first else {
                shell.session.write(try shell.session.effectiveToday() + "\n")
                return
            }
            guard CivilDate(date) != nil else {
                throw Diagnostic("\(date) is not a date", hint: "write it as YYYY-MM-DD, e.g. .today 2026-11-27")
            }
            shell.session.today = date
        },
        MetaCommand(
            name: "schema", usage: "[SOURCE]", help: "Show what can be asked: the sources, their fields and functions."
        ) { shell, arguments in try shell.showSchema(arguments.first) },
        MetaCommand(name: "explain", usage: "on|off", help: "Print the SQL of each query before its rows.") {
            shell, arguments in shell.session.settings.explain = try onOff(arguments, "explain")
        },
        MetaCommand(
            name: "maxrows", usage: "N", help: "Show at most N rows of a table on the screen (0: all of them)."
        ) { shell, arguments in
            let value = try single(arguments, "maxrows", usage: "N")
            guard let count = Int(value), count >= 0 else {
                throw Diagnostic("\"\(value)\" is not a number of rows", hint: ".maxrows 50, or .maxrows 0 for all")
            }
            shell.session.settings.maxRows = count == 0 ? nil : count
        },
        MetaCommand(
            name: "password", usage: "", help: "Change your own password (asked without showing it)."
        ) { shell, arguments in
            guard arguments.isEmpty else {
                throw Diagnostic(".password takes no argument", hint: "the passwords are asked, never typed in a line")
            }
            try shell.session.changeOwnPassword(with: shell.passwords)
        },
        MetaCommand(name: "quit", usage: "", help: "Leave the shell (Ctrl-D does too).") { shell, _ in
            shell.quitRequested = true
        },
        MetaCommand(name: "exit", usage: "", help: "Leave the shell.") { shell, _ in shell.quitRequested = true },
    ]

    static func find(_ name: String) -> MetaCommand? {
        all.first { $0.name == name.lowercased() }
    }

    private static func single(_ arguments: [String], _ name: String, usage: String) throws -> String {
        guard arguments.count == 1 else {
            throw Diagnostic(".\(name) takes one argument", hint: ".\(name) \(usage)")
        }
        return arguments[0]
    }

    private static func onOff(_ arguments: [String], _ name: String) throws -> Bool {
        let value = try single(arguments, name, usage: "on|off").lowercased()
        switch value {
        case "on", "yes", "1", "true": return true
        case "off", "no", "0", "false": return false
        default: throw Diagnostic(".\(name) takes on or off, not \"\(value)\"", hint: ".\(name) on")
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
