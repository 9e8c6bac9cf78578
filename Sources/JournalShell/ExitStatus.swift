import Foundation
import JournalFoundation
import JournalStore

/// What an error means for the process: the one mapping from an error to the text the user
/// reads and the exit code (BSD `sysexits.h`, as psql and the Lox interpreters use), the same
/// whether the statement came through `-c`, a script or the shell.
public enum ExitStatus: Int32, Comparable, Sendable {
    case success = 0
    /// EX_USAGE: the command line itself is wrong.
    case usage = 64
    /// EX_DATAERR: a statement, a script line, a CSV row, a date: the input is wrong.
    case input = 65
    /// EX_SOFTWARE: ejournal failed; the input may have been right.
    case internalError = 70
    /// EX_IOERR: the output cannot be written (a full disk).
    case outputFailed = 74
    /// EX_NOPERM: a wrong login or password.
    case noPermission = 77

    /// The status an error calls for.
    public static func of(_ error: Error) -> ExitStatus {
        switch error {
        case is Diagnostic, is Diagnostics: return .input
        case is LogInRefused: return .noPermission
        default: return .internalError
        }
    }

    /// The text a user reads for an error, rendered in this one place, in the reader's language.
    public static func describe(_ error: Error) -> String {
        let language = Language.current
        switch error {
        case let diagnostic as Diagnostic: return diagnostic.rendered(in: language)
        case let diagnostics as Diagnostics: return diagnostics.rendered(in: language)
        case let refused as LogInRefused: return refused.diagnostic.rendered(in: language)
        default: return Message(ShellText.internalError, String(describing: error)).text(in: language)
        }
    }

    public static func < (a: ExitStatus, b: ExitStatus) -> Bool {
        // A refused log-in and an internal error outrank a mistake in the input.
        let rank: [ExitStatus] = [.success, .input, .usage, .noPermission, .internalError]
        return rank.firstIndex(of: a)! < rank.firstIndex(of: b)!
    }
}
