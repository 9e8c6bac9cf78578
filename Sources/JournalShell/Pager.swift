import Foundation

/// Shows a long result through a pager (`$PAGER`, else `less -FRSX`) when it does not fit
/// the terminal, as psql does; a result that fits is printed as it is.
public final class Pager {
    private let command: String

    /// A pager for the terminal on standard output, or nil when it is not a terminal or
    /// `PAGER` is set empty.
    public static func forTerminal(environment: [String: String] = ProcessInfo.processInfo.environment) -> Pager? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        let command = environment["PAGER"] ?? "less -FRSX"
        return command.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Pager(command: command)
    }

    init(command: String) {
        self.command = command
    }

    /// The terminal's rows, or nil when it cannot be told.
    static var terminalRows: Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Prints `text`, through the pager when it has more lines than the terminal.
    public func show(_ text: String, write: (String) -> Void) {
        let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        guard let rows = Self.terminalRows, lines >= rows - 1 else {
            write(text)
            return
        }
        OutputBuffer.standardOutput.flush()
        // posix_spawn, not Foundation's Process: the pager must stay in the terminal's session to
        // read its keys from it.
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            write(text)
            return
        }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        close(pipeEnds[0])
        guard spawned == 0 else {
            close(pipeEnds[1])
            write(text)
            return
        }
        // A pager that quits early closes its input; the rest of the text is not wanted then.
        let previous = signal(SIGPIPE, SIG_IGN)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(pipeEnds[1], buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { break }
            offset += written
        }
        close(pipeEnds[1])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        signal(SIGPIPE, previous)
        // 127: the shell found no such pager; show the text as it is.
        if (status >> 8) & 0xFF == 127 { write(text) }
    }
}
