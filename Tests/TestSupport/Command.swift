import Foundation

/// What a run of the `ejournal` binary printed and how it ended.
public struct CommandResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the built `ejournal` binary with `arguments`, feeding `input` on standard input.
public func ejournal(
    _ arguments: [String], input: String = "", environment: [String: String] = [:], directory: URL? = nil
) throws -> CommandResult {
    let process = Process()
    process.executableURL = Fixtures.productsFolder.appendingPathComponent("ejournal")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    // English unless a test asks for Russian, whatever the machine's locale.
    env["EJOURNAL_LANG"] = "en"
    env.merge(environment) { $1 }
    process.environment = env
    // Output goes to files, so a large result can never fill a pipe and stall the process.
    let folder = try Fixtures.temporaryFolder("output")
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    let out = try Data(contentsOf: outURL)
    let err = try Data(contentsOf: errURL)
    try? FileManager.default.removeItem(at: folder)
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
        stderr: String(decoding: err, as: UTF8.self))
}

/// Starts the built `ejournal` binary with `arguments` and kills it with SIGKILL after `delay`
/// seconds, as a power cut or `kill -9` would: for tests that the store survives it whole.
public func ejournalKilled(_ arguments: [String], after delay: TimeInterval) throws {
    let process = Process()
    process.executableURL = Fixtures.productsFolder.appendingPathComponent("ejournal")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
}

/// Runs another program (the `sqlite3` shell on a store, say) and returns its exit status and
/// standard error.
public func runTool(_ tool: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
