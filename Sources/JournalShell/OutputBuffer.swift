import Foundation
import JournalFoundation

/// Standard output through a buffer: results are written in large blocks, not a system call
/// per row, and flushed after each statement so a user sees every result as it completes.
public final class OutputBuffer: @unchecked Sendable {
    /// The process's standard output.
    public static let standardOutput = OutputBuffer(handle: .standardOutput)

    private let handle: FileHandle
    private var bytes: [UInt8] = []
    private let lock = NSLock()

    public init(handle: FileHandle) {
        self.handle = handle
        bytes.reserveCapacity(1 << 16)
    }

    public func write(_ text: String) {
        lock.lock()
        bytes.append(contentsOf: text.utf8)
        let full = bytes.count >= 1 << 16
        lock.unlock()
        if full { flush() }
    }

    public func flush() {
        lock.lock()
        defer { lock.unlock() }
        guard !bytes.isEmpty else { return }
        let descriptor = handle.fileDescriptor
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { Self.failed(errno) }
            written += count
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Output that cannot be written (a full disk): the program ends with a message and EX_IOERR,
    /// since a result cut short cannot be finished. (FileHandle's `write` traps on an error.)
    static func failed(_ code: Int32) -> Never {
        let reason = String(cString: strerror(code))
        let problem = Diagnostic(Message(ShellText.outputFailed, reason), hint: Message(ShellText.outputFailedHint))
        let text = Array((problem.rendered(in: .current) + "\n").utf8)
        _ = text.withUnsafeBytes { writeBytes(STDERR_FILENO, $0.baseAddress!, $0.count) }
        exit(ExitStatus.outputFailed.rawValue)
    }
}

/// The system's `write` (a method of the buffer has the name).
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
