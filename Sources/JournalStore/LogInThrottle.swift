import Foundation
import GRDB

/// The brake on guessing passwords (R15). Every failed log-in is recorded (`failed_login`: the
/// login as typed and when, never the password tried). After `freeFailures` failures of one login
/// within `window`, each further attempt waits before its password is even checked: `firstWait`,
/// then twice as long each time, at most `longestWait`. A successful log-in clears the count.
/// An attempt is counted before it waits (and taken back when it succeeds), so attempts made in
/// parallel wait longer each, as if made one after the other.
///
/// The count goes by the login as typed (trimmed, in lower case), not by account, so an unknown
/// login waits exactly as a known one does: neither the message nor the time tells which exist.
///
/// ```
/// LogInThrottle.wait(afterFailures: 5)  // 1 s
/// LogInThrottle.wait(afterFailures: 7)  // 4 s
/// ```
public enum LogInThrottle {
    /// Failures within the window that cost nothing: typing mistakes.
    public static let freeFailures = 5
    /// How far back failures count, in seconds (15 minutes).
    public static let window = 15 * 60
    public static let firstWait: Duration = .seconds(1)
    /// A wait never grows beyond this, so the owner of the login is slowed, not locked out.
    public static let longestWait: Duration = .seconds(30)
    /// The longest login kept in the record; a longer one is cut there.
    static let longestLogin = 100

    /// How long an attempt waits when `failures` failures of its login fall within the window.
    public static func wait(afterFailures failures: Int) -> Duration {
        guard failures >= freeFailures else { return .zero }
        let doublings = min(failures - freeFailures, 16)
        return min(firstWait * (1 << doublings), longestWait)
    }

    /// Waits for real: what the command line passes; tests of the store pass their own.
    public static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// The login as the count and the account look-up read it.
    static func key(_ login: String) -> String {
        login.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

extension JournalStore {
    /// Counts the recent failures of `login` (within the window before `now`, not cleared by a
    /// successful log-in) and records this attempt as one more, in one IMMEDIATE transaction:
    /// the attempt is taken back when its password proves right. So attempts made at the same
    /// time, from several processes, each find the ones before them and wait longer; and an
    /// attempt cut short while it waits still counts.
    func beginLogInAttempt(_ login: String, now: String) throws -> (failures: Int, attempt: Int64) {
        let typed = String(login.prefix(LogInThrottle.longestLogin))
        let key = LogInThrottle.key(typed)
        let body = { (db: Database) throws -> (failures: Int, attempt: Int64) in
            let failures =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM failed_login
                        WHERE login_key = ? AND cleared = 0 AND at > datetime(?, ?) AND at <= ?
                        """,
                    arguments: [key, now, "-\(LogInThrottle.window) seconds", now]) ?? 0
            try db.execute(
                sql: "INSERT INTO failed_login (login, login_key, at) VALUES (?, ?, ?)",
                arguments: [typed, key, now])
            return (failures, db.lastInsertedRowID)
        }
        if let current { return try body(current) }
        return try queue.writeWithoutTransaction { db in
            var result: (failures: Int, attempt: Int64)?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    static func clearFailedLogIns(_ login: String, db: Database) throws {
        try db.execute(
            sql: "UPDATE failed_login SET cleared = 1 WHERE login_key = ? AND cleared = 0",
            arguments: [LogInThrottle.key(login)])
    }
}
