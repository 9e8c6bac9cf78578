import Foundation

/// Users of a test journal who log in on the real binary: credentials issued by the local
/// administrator, each one-time password changed to `chosen` at the user's first log-in.
public final class JournalUsers {
    public let db: String
    public let chosen: String
    /// The one-time passwords not used yet, by login.
    private var oneTime: [String: String] = [:]
    /// Every login issued.
    public private(set) var logins: Set<String> = []

    /// Issues credentials for `holders` (`T007, S0055`) in the journal at `db`.
    public init(db: String, issuing holders: String, chosen: String = "новый-пароль-2026") throws {
        self.db = db
        self.chosen = chosen
        let issued = try ejournal(["--db", db, "--format", "csv", "-c", "issue credentials for \(holders)"])
        guard issued.status == 0 else { throw TestFailure("could not issue credentials: \(issued.stderr)") }
        for record in Fixtures.parseCSV(issued.stdout).dropFirst() where record.count == 4 {
            oneTime[record[2]] = record[3]
        }
        logins = Set(oneTime.keys)
    }

    /// Runs ejournal on the journal with `arguments`, logged in as `login` (nil: the local administrator).
    public func run(
        _ login: String?, _ arguments: [String], input: String = "", directory: URL? = nil
    ) throws -> CommandResult {
        guard let login else { return try ejournal(["--db", db] + arguments, input: input, directory: directory) }
        let environment =
            oneTime[login].map { ["EJOURNAL_PASSWORD": $0, "EJOURNAL_NEW_PASSWORD": chosen] }
            ?? ["EJOURNAL_PASSWORD": chosen]
        let result = try ejournal(
            ["--user", login, "--db", db] + arguments, input: input, environment: environment, directory: directory)
        if result.status != 77 { oneTime[login] = nil }
        return result
    }
}

/// A test's set-up that could not be made.
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
