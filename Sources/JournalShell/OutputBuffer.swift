import Foundation

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
        handle.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
