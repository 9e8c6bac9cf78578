import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// Credentials by rank, end to end on the real binary: no one issues credentials to a role above
/// their own, and only the director (or the local administrator) takes away a password its holder
/// chose, which is recorded. A refusal says who may and writes nothing.
final class CredentialRankTests: XCTestCase {
    private var db = ""
    private var passwords: [String: String] = [:]
    private let chosen = "свой-пароль-2026"

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
        // The operator T003, the director T001 and 7А's class teacher T018, by the local administrator.
        passwords = try issue("T001, T003, T018")
        XCTAssertEqual(Set(passwords.keys), ["t001", "t003", "t018"])
        // Each chooses their own password at the first log-in, before any store is compared.
        for login in ["t001", "t003", "t018"] {
            XCTAssertEqual(try run(login, "classes show name limit 1").status, 0)
        }
    }

    /// Issues credentials, as the local administrator or as `login`, and returns the one-time passwords.
    private func issue(_ holders: String, as login: String? = nil) throws -> [String: String] {
        let result = try run(login, "issue credentials for \(holders)")
        XCTAssertEqual(result.status, 0, result.stderr)
        return Dictionary(
            uniqueKeysWithValues: Fixtures.parseCSV(result.stdout).dropFirst().filter { $0.count == 4 }.map {
                ($0[2], $0[3])
            })
    }

    /// Runs `statements` as `login` (its one-time password changed to `chosen` on the first log-in),
    /// or as the local administrator.
    private func run(_ login: String?, _ statements: String) throws -> CommandResult {
        var arguments = ["--db", db, "--today", SampleSchool.today, "--format", "csv", "-c", statements]
        var environment: [String: String] = [:]
        if let login {
            arguments = ["--user", login] + arguments
            environment["EJOURNAL_PASSWORD"] = passwords[login] ?? chosen
            environment["EJOURNAL_NEW_PASSWORD"] = chosen
            passwords[login] = nil
        }
        return try ejournal(arguments, environment: environment)
    }

    private func accounts() throws -> [String: String] {
        try JournalStore(path: db).read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT user_id, password_hash FROM account").map {
                    ($0["user_id"], $0["password_hash"])
                })
        }
    }

    /// The recorded re-issues of chosen passwords: whom, by whom, when.
    private func reissues() throws -> [[String]] {
        try SampleSchool.rows(
            "SELECT user_id, issued_by, at FROM credential_reissue ORDER BY id", in: JournalStore(path: db))
    }

    func testTheOperatorMayNotIssueTheDirectorsCredentials() throws {
        let before = try accounts()
        let refused = try run("t003", "issue credentials for T001")
        XCTAssertEqual(refused.status, 65, refused.stdout)
        XCTAssertTrue(refused.stderr.contains("may not issue credentials to T001, who is the director"), refused.stderr)
        XCTAssertTrue(
            refused.stderr.contains("hint: the director or the local administrator (without --user) issues them"),
            refused.stderr)
        XCTAssertEqual(try accounts(), before, "a refusal writes nothing")
        XCTAssertEqual(try run("t003", "issue credentials for staff").status, 65, "staff counts the director in")
        XCTAssertEqual(try accounts(), before)
        // The operator still issues a teacher's first credentials (R3).
        XCTAssertEqual(try issue("T005", as: "t003").keys.sorted(), ["t005"])
    }

    func testAClassTeacherIssuesTheirStudentsButDoesNotTakeAChosenPasswordAway() throws {
        let student = try issue("S0055", as: "t018")
        XCTAssertEqual(student.keys.sorted(), ["s0055"])
        passwords["s0055"] = student["s0055"]
        XCTAssertEqual(try run("s0055", "diary").status, 0)
        let before = try accounts()
        let again = try run("t018", "issue credentials for S0055")
        XCTAssertEqual(again.status, 65)
        XCTAssertTrue(
            again.stderr.contains("may not issue new credentials to S0055, who has chosen their own password"),
            again.stderr)
        XCTAssertTrue(again.stderr.contains("hint: the director or the local administrator"), again.stderr)
        XCTAssertEqual(try accounts(), before)
    }

    func testOnlyTheDirectorReissuesAPasswordInUseAndItIsRecorded() throws {
        passwords.merge(try issue("T005")) { $1 }
        XCTAssertEqual(try run("t005", "staff where id = T005 show id").status, 0)
        let before = try accounts()
        let byOperator = try run("t003", "issue credentials for T005")
        XCTAssertEqual(byOperator.status, 65)
        XCTAssertTrue(byOperator.stderr.contains("who has chosen their own password"), byOperator.stderr)
        XCTAssertEqual(try accounts(), before)
        XCTAssertEqual(try run("t005", "staff where id = T005 show id").status, 0, "T005's password still works")
        XCTAssertEqual(try reissues().count, 0)

        let byDirector = try issue("T005", as: "t001")
        XCTAssertEqual(byDirector.keys.sorted(), ["t005"])
        let recorded = try reissues()
        XCTAssertEqual(recorded.map { $0[0] }, ["T005"])
        XCTAssertEqual(recorded.map { $0[1] }, ["T001"])
        XCTAssertTrue(recorded[0][2].hasPrefix(SampleSchool.today + " "), recorded[0][2])
        // The director reads them in the language; the operator does not.
        let read = try run("t001", "reissues show user, issued_by")
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertEqual(read.stdout, "user,issued_by\nЗахарова Василиса Дмитриевна,Давыдова Дарья Алексеевна\n")
        XCTAssertEqual(try run("t003", "reissues").status, 65)
        let old = try run("t005", "staff where id = T005 show id")
        XCTAssertEqual(old.status, 77, "the chosen password no longer works")
    }
}
