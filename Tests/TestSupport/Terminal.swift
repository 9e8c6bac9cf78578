import Foundation

/// A program running in the pseudo-terminal of a detached tmux session, for end-to-end tests
/// of what a user at a terminal sees: keys in, screen out. Runs headless (CI, no terminal).
///
///     try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed")
///     let terminal = try TerminalSession(["bash", "--norc", "--noprofile"], width: 80, height: 24)
///     defer { terminal.close() }
///     try terminal.type("echo привет")
///     try terminal.send(keys: "Enter")
///     try terminal.waitFor(text: "\nпривет")
///
/// Each session has its own tmux server (socket) and configuration: no status line,
/// no delay after Escape, `/bin/sh` to start the command (bash would drop `PS1` from the
/// environment), and the pane kept on screen after the program exits, so that its last
/// screen can still be read.
public final class TerminalSession {
    /// The command line that runs in the terminal.
    public let command: [String]
    private let socket: String
    private let configuration: URL
    /// Where the tmux commands' output goes (a file each, so that no pipe can fill).
    private let folder: URL
    private let environment: [String: String]
    private var closed = false

    /// The tmux program on the PATH, if any.
    public static let tmuxPath: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether tmux is installed (`scripts/install-deps` installs it).
    public static var isAvailable: Bool { tmuxPath != nil }

    /// Starts `command` in a new terminal of `width` columns and `height` rows. The program
    /// sees the test's environment with `LANG=C.UTF-8` and `TERM=screen`, then `environment`
    /// on top, and starts in `directory` (the current one when nil).
    public init(
        _ command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        directory: String? = nil
    ) throws {
        guard Self.isAvailable else { throw TerminalError("tmux is not installed", screen: "") }
        self.command = command
        socket = "ejournal-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["EJOURNAL_LANG"] = nil
        env["LANG"] = "C.UTF-8"
        env.merge(environment) { $1 }
        self.environment = env
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        configuration = folder.appendingPathComponent("tmux.conf")
        try """
        set -g status off
        set -g remain-on-exit on
        set -g history-limit 10000
        set -g default-terminal screen
        set -g default-shell /bin/sh
        set -sg escape-time 0
        """.write(to: configuration, atomically: true, encoding: .utf8)
        var arguments = ["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"]
        if let directory { arguments += ["-c", directory] }
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments.append("exec " + command.map(Self.shellQuoted).joined(separator: " "))
        try tmux(arguments)
    }

    deinit {
        close()
    }

    /// Types `text` as it is, character by character (tmux `send-keys -l`).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", "--", text])
    }

    /// Presses keys named as tmux names them: `Enter`, `Tab`, `BSpace`, `DC` (Delete),
    /// `Left`, `Right`, `Up`, `Down`, `Home`, `End`, `Escape`, `C-a`, `C-c`, `C-d`, `M-b`, ….
    public func send(keys: String...) throws {
        try send(keys: keys)
    }

    /// Presses keys named as tmux names them, one after another.
    public func send(keys: [String]) throws {
        guard !keys.isEmpty else { return }
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// The text on the screen now, one line per row; blanks the program wrote stay (a prompt's
    /// trailing space can be awaited), the empty rest of each row does not. With `scrollback`,
    /// the rows that scrolled off the top come first.
    public func screen(scrollback: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-N", "-t", "main"] + (scrollback ? ["-S", "-"] : []))
    }

    /// The cursor's column and row on the screen, from 0.
    public func cursor() throws -> (column: Int, row: Int) {
        let fields = try tmux(["display-message", "-p", "-t", "main", "#{cursor_x} #{cursor_y}"])
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard fields.count == 2 else { throw TerminalError("no cursor position", screen: "") }
        return (fields[0], fields[1])
    }

    /// Whether the program has exited (its last screen stays readable).
    public var hasExited: Bool {
        (try? tmux(["display-message", "-p", "-t", "main", "#{pane_dead}"]))?.hasPrefix("1") ?? true
    }

    /// Waits until the screen shows `text`, and returns the screen.
    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = 10) throws -> String {
        try waitFor("the text \(text.debugDescription)", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen, and returns the screen; on timeout the
    /// error holds the last screen.
    @discardableResult
    public func waitFor(
        _ what: String, timeout: TimeInterval = 10, scrollback: Bool = false, until condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let shown = try screen(scrollback: scrollback)
            if condition(shown) { return shown }
            if Date() > deadline {
                throw TerminalError("timed out after \(timeout) s waiting for \(what)", screen: shown)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits until the program exits, and returns the screen it left.
    @discardableResult
    public func waitForExit(timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !hasExited {
            if Date() > deadline {
                throw TerminalError(
                    "timed out after \(timeout) s waiting for the program to exit", screen: try screen())
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try screen()
    }

    /// Ends the program and the tmux server of this session. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one tmux command against this session's server and returns its output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let tmuxPath = Self.tmuxPath else { throw TerminalError("tmux is not installed", screen: "") }
        let output = folder.appendingPathComponent("output")
        let errors = folder.appendingPathComponent("errors")
        let status = try Self.run(
            [tmuxPath, "-u", "-L", socket, "-f", configuration.path] + arguments, environment: environment,
            output: output.path, errors: errors.path)
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw TerminalError("tmux \(arguments.joined(separator: " ")) failed: \(message)", screen: "")
        }
        return text
    }

    /// Runs a program to its end, with its output and errors in files, and returns its exit status.
    ///
    /// Not with Foundation's `Process`: that one hands the child a descriptor whose closing
    /// tells it the child ended, and the tmux server, which the first command forks off,
    /// would hold it open for good. Here the child keeps no descriptor but its three.
    private static func run(_ argv: [String], environment: [String: String], output: String, errors: String) throws
        -> Int32
    {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #if canImport(Glibc)
            // posix_spawn_file_actions_addclosefrom_np is not imported into Swift.
            let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
                posix_spawn_file_actions_addclose(&actions, descriptor)
            }
        #else
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
        #endif
        let arguments = argv.map { strdup($0) } + [nil]
        let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, arguments, variables)
        guard spawned == 0 else {
            throw TerminalError("cannot start \(argv[0]): \(String(cString: strerror(spawned)))", screen: "")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw TerminalError("waitpid failed for \(argv[0])", screen: "") }
        }
        // WIFEXITED and WEXITSTATUS are macros Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A terminal session that failed or did not show what was awaited, with the screen it showed.
public struct TerminalError: Error, CustomStringConvertible {
    public var message: String
    public var screen: String

    public init(_ message: String, screen: String) {
        self.message = message
        self.screen = screen
    }

    public var description: String {
        screen.isEmpty ? message : "\(message); the screen:\n\(screen)"
    }
}
