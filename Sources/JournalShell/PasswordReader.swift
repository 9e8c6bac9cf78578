import Foundation
import JournalFoundation
import JournalStore

/// Where the shell asks for passwords: the terminal with echo off, or a list in tests.
public protocol PasswordReader: AnyObject {
    /// Shows `prompt` and reads one password, without showing what is typed.
    func readPassword(prompt: String) throws -> String
    /// Tells the user something about the password just typed ("the two differ").
    func tell(_ message: String)
}

extension PasswordReader {
    /// A new password, typed twice; asked again while the two differ or `problem` refuses it,
    /// at most three times.
    public func readNewPassword(problem: (String) -> Message?) throws -> String {
        for _ in 1...3 {
            let new = try readPassword(prompt: Message(ShellText.newPasswordPrompt).description)
            if let refused = problem(new) {
                tell(Message(ShellText.passwordRefused, refused, JournalStore.minimumPasswordLength).description)
                continue
            }
            guard try readPassword(prompt: Message(ShellText.newPasswordAgainPrompt).description) == new else {
                tell(Message(ShellText.passwordsDiffer).description)
                continue
            }
            return new
        }
        throw Diagnostic(Message(ShellText.noNewPassword), hint: Message(ShellText.typeTheSamePasswordTwice))
    }
}

/// Passwords from a list, for tests; a missing one is an error, as at a closed terminal.
public final class ListPasswordReader: PasswordReader {
    private var passwords: [String]
    /// What `tell` was given.
    public private(set) var told: [String] = []

    public init(_ passwords: [String]) {
        self.passwords = passwords
    }

    public func readPassword(prompt: String) throws -> String {
        guard !passwords.isEmpty else { throw TerminalPasswordReader.noTerminal }
        return passwords.removeFirst()
    }

    public func tell(_ message: String) {
        told.append(message)
    }
}

/// Passwords typed on the controlling terminal (`/dev/tty`, as sudo and ssh read them, so
/// standard input may be a script), with echo off.
///
/// The terminal's mode is restored after each password, and also when the program is
/// stopped meanwhile: Ctrl-C cancels the password (the read fails with "cancelled"), and
/// SIGTERM, SIGHUP or SIGQUIT restore the terminal before ending the program as they would.
public final class TerminalPasswordReader: PasswordReader {
    public init() {}

    static let noTerminal = Diagnostic(
        Message(ShellText.noTerminal), hint: Message(ShellText.passwordFromTheEnvironment))

    public func readPassword(prompt: String) throws -> String {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { throw Self.noTerminal }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { throw Self.noTerminal }
        write(prompt, to: fd)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK)
        EchoGuard.arm(fd: fd, saved: saved)
        tcsetattr(fd, TCSAFLUSH, &silent)
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            EchoGuard.disarm()
            write("\n", to: fd)
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(fd, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                bytes.append(byte)
            } else if count == 0 {
                if bytes.isEmpty {
                    throw Diagnostic(Message(ShellText.noPasswordTyped), hint: Message(ShellText.typeItAndPressEnter))
                }
                break
            } else if errno == EINTR && !EchoGuard.interrupted {
                continue
            } else {
                throw Diagnostic(Message(ShellText.cancelled), hint: Message(ShellText.nothingWasChanged))
            }
        }
        defer { bytes.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func tell(_ message: String) {
        let fd = open("/dev/tty", O_WRONLY | O_NOCTTY)
        guard fd >= 0 else { return }
        write(message + "\n", to: fd)
        close(fd)
    }

    private func write(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
    }
}

/// Puts the terminal's echo back if a signal comes while a password is typed.
///
/// Signal handlers are C functions that capture nothing, so what they restore is kept in
/// globals; they only call `tcsetattr`, `signal` and `raise`, which are async-signal-safe.
private enum EchoGuard {
    nonisolated(unsafe) static var fd: Int32 = -1
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var interrupted = false
    nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]
    static let fatal = [SIGTERM, SIGHUP, SIGQUIT]

    static func arm(fd: Int32, saved: termios) {
        Self.fd = fd
        Self.saved = saved
        interrupted = false
        // Without SA_RESTART, so that Ctrl-C ends the read.
        install(SIGINT) { _ in
            tcsetattr(EchoGuard.fd, TCSAFLUSH, &EchoGuard.saved)
            EchoGuard.interrupted = true
        }
        for number in fatal {
            install(number) { number in
                tcsetattr(EchoGuard.fd, TCSAFLUSH, &EchoGuard.saved)
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func disarm() {
        for (number, var action) in previous { sigaction(number, &action, nil) }
        previous = [:]
        fd = -1
    }

    private static func install(_ number: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var old = sigaction()
        sigaction(number, &action, &old)
        previous[number] = old
    }
}
