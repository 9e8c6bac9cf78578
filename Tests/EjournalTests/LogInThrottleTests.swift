import Foundation
import JournalStore
import TestSupport
import XCTest

/// Guessing passwords (R15), end to end on the real binary: every failed log-in is recorded
/// without the password tried, the sixth failure in a row within 15 minutes makes the next
/// attempts wait (1 s, then 2 s, …), a wrong login is treated exactly as a wrong password, and a
/// successful log-in clears the count. The director reads the failures; a teacher does not.
final class LogInThrottleTests: XCTestCase {
    private var db = ""
    private var passwords: [String: String] = [:]
    private let chosen = "свой-пароль-2026"
    private let wrong = "не-тот-пароль-1"

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        let issued = try ejournal(["--db", db, "--format", "csv", "-c", "issue credentials for T001, T005"])
        XCTAssertEqual(issued.status, 0, issued.stderr)
        for record in Fixtures.parseCSV(issued.stdout).dropFirst() where record.count == 4 {
            // The first log-in replaces the one-time password with `chosen`.
            let first = try ejournal(
                ["--user", record[2], "--db", db, "-c", "classes limit 1"],
                environment: ["EJOURNAL_PASSWORD": record[3], "EJOURNAL_NEW_PASSWORD": chosen])
            XCTAssertEqual(first.status, 0, first.stderr)
        }
    }

    /// One log-in attempt as `login` with `password`: its result and how long it took.
    private func attempt(_ login: String, _ password: String, _ statement: String = "classes show name limit 1")
        throws -> (result: CommandResult, seconds: Double)
    {
        let started = Date()
        let result = try ejournal(
            ["--user", login, "--db", db, "--today", SampleSchool.today, "--format", "csv", "-c", statement],
            environment: ["EJOURNAL_PASSWORD": password])
        return (result, Date().timeIntervalSince(started))
    }

    private func failures() throws -> [[String]] {
        try SampleSchool.rows("SELECT login, at, cleared FROM failed_login ORDER BY id", in: JournalStore(path: db))
    }

    func testTheSixthFailureInARowWaitsAndASuccessClearsTheCount() throws {
        var refusals: [String] = []
        for _ in 1...5 {
            let result = try attempt("t005", wrong).result
            XCTAssertEqual(result.status, 77)
            refusals.append(result.stderr)
        }
        let sixth = try attempt("t005", wrong)
        XCTAssertEqual(sixth.result.status, 77)
        XCTAssertGreaterThanOrEqual(sixth.seconds, 1.0, "after five failures an attempt waits 1 s")
        let seventh = try attempt("t005", chosen)
        XCTAssertEqual(seventh.result.status, 0, seventh.result.stderr)
        XCTAssertGreaterThanOrEqual(seventh.seconds, 2.0, "then 2 s, even with the right password")
        XCTAssertEqual(Set(refusals + [sixth.result.stderr]).count, 1, "every refusal reads the same")

        let recorded = try failures()
        XCTAssertEqual(recorded.count, 6)
        XCTAssertTrue(recorded.allSatisfy { $0[0] == "t005" && $0[2] == "1" }, "\(recorded)")
        XCTAssertTrue(recorded.allSatisfy { $0[1].hasPrefix(SampleSchool.today + " ") && $0[1].count == 19 })
        XCTAssertFalse(try failures().joined().joined().contains(wrong), "the password tried is never kept")
        // The count was cleared: the next attempt does not wait the 4 s a seventh failure would cost.
        let next = try attempt("t005", chosen)
        XCTAssertEqual(next.result.status, 0)
        XCTAssertLessThan(next.seconds, 3.5)
    }

    func testAttemptsMadeAtOnceWaitAsIfMadeOneAfterTheOther() throws {
        for _ in 1...5 { XCTAssertEqual(try attempt("t005", wrong).result.status, 77) }
        // Three guesses at once after five failures: each counts the ones before it, 1 s, 2 s and 4 s.
        let times = ThreadSafeTimes()
        let arguments = ["--user", "t005", "--db", db, "--today", SampleSchool.today, "-c", "classes limit 1"]
        let environment = ["EJOURNAL_PASSWORD": wrong]
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            let started = Date()
            if let result = try? ejournal(arguments, environment: environment), result.status == 77 {
                times.append(Date().timeIntervalSince(started))
            }
        }
        XCTAssertEqual(times.values.count, 3)
        XCTAssertGreaterThanOrEqual(times.values.max() ?? 0, 4.0, "\(times.values)")
        XCTAssertEqual(try failures().count, 8)
    }

    func testAnUnknownLoginIsRecordedAndSlowedDownAlike() throws {
        let known = try attempt("t005", wrong)
        var unknown: (result: CommandResult, seconds: Double)?
        for _ in 1...6 { unknown = try attempt(" T999", wrong) }
        XCTAssertEqual(unknown?.result.status, 77)
        XCTAssertEqual(unknown?.result.stderr, known.result.stderr, "a wrong login and a wrong password read alike")
        XCTAssertGreaterThanOrEqual(unknown?.seconds ?? 0, 1.0, "and wait alike")
        XCTAssertEqual(try failures().map { $0[0] }, ["t005"] + Array(repeating: " T999", count: 6), "as typed")
    }

    func testTheDirectorReadsTheFailuresAndATeacherDoesNot() throws {
        _ = try attempt("t005", wrong)
        _ = try attempt("t404", wrong)
        let director = try attempt("t001", chosen, "failed_logins show login order by login")
        XCTAssertEqual(director.result.status, 0, director.result.stderr)
        XCTAssertEqual(director.result.stdout, "login\nt005\nt404\n")
        let teacher = try attempt("t005", chosen, "failed_logins")
        XCTAssertEqual(teacher.result.status, 65)
        XCTAssertTrue(
            teacher.result.stderr.contains("may not read the trail of changes and log-ins"), teacher.result.stderr)
    }
}

/// Durations gathered from several threads.
private final class ThreadSafeTimes: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [Double] = []

    func append(_ value: Double) { lock.withLock { gathered.append(value) } }
    var values: [Double] { lock.withLock { gathered } }
}
