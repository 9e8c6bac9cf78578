import Foundation
import GRDB
import JournalStore
import TestSupport
import XCTest

/// Argon2id in place of PBKDF2, end to end on the real binary: new credentials are Argon2id, an
/// account with a PBKDF2 hash of the previous code logs in and leaves with an Argon2id one, and a
/// wrong password is refused as before.
final class PasswordSchemeTests: XCTestCase {
    /// Made by the previous code (swift-crypto's PBKDF2, 210 000 rounds) for "ttXKKEyWRP".
    static let legacyHash = "pbkdf2-sha256$210000$VpR6LaD2E6Mkta8Uh95PFw==$hAm8jmCtE/zvppaD8uixaj+xk6rL0tNpW1I88yBYC74="
    static let legacyPassword = "ttXKKEyWRP"
    private var db = ""

    override func setUpWithError() throws {
        db = try Fixtures.storePath()
        XCTAssertEqual(try ejournal(["import", Fixtures.sampleSchool.path, "--db", db]).status, 0)
    }

    private func storedHash(_ userID: String) throws -> String? {
        try DatabaseQueue(path: db).read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM account WHERE user_id = ?", arguments: [userID])
        }
    }

    private func logIn(_ login: String, _ password: String) throws -> CommandResult {
        try ejournal(
            ["--user", login, "--db", db, "--format", "csv", "-c", "classes show name limit 1"],
            environment: ["EJOURNAL_PASSWORD": password])
    }

    func testAnAccountOfThePreviousSchemeLogsInAndIsRehashedWithArgon2id() throws {
        try DatabaseQueue(path: db).write { db in
            try db.execute(
                sql: """
                    INSERT INTO account (user_id, login, password_hash, must_change, issued_at)
                    VALUES ('T005', 't005', ?, 0, '2026-09-01 08:00')
                    """, arguments: [Self.legacyHash])
        }
        let wrong = try logIn("t005", "ttXKKEyWRp")
        XCTAssertEqual(wrong.status, 77)
        XCTAssertEqual(try storedHash("T005"), Self.legacyHash, "a failed log-in changes no hash")

        let first = try logIn("t005", Self.legacyPassword)
        XCTAssertEqual(first.status, 0, first.stderr)
        let rehashed = try XCTUnwrap(try storedHash("T005"))
        XCTAssertTrue(rehashed.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$"), rehashed)
        XCTAssertEqual(try logIn("t005", Self.legacyPassword).status, 0, "the same password opens it still")
        XCTAssertEqual(try storedHash("T005"), rehashed, "an Argon2id hash of the right cost stays")
        XCTAssertEqual(try logIn("t005", "ttXKKEyWRp").status, 77)
    }

    func testNewCredentialsAreArgon2idAndAWrongPasswordIsRefused() throws {
        let issued = try ejournal(["--db", db, "--format", "csv", "-c", "issue credentials for S0001"])
        XCTAssertEqual(issued.status, 0, issued.stderr)
        let password = try XCTUnwrap(Fixtures.parseCSV(issued.stdout).dropFirst().first { $0.count == 4 }?[3])
        XCTAssertTrue(try storedHash("S0001")?.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$") == true)
        let wrong = try logIn("s0001", password + "x")
        XCTAssertEqual(wrong.status, 77)
        XCTAssertTrue(wrong.stderr.hasPrefix("error: wrong login or password\n"), wrong.stderr)
        let changed = try ejournal(
            ["--user", "s0001", "--db", db, "-c", "diary"],
            environment: ["EJOURNAL_PASSWORD": password, "EJOURNAL_NEW_PASSWORD": "весна-2027!"])
        XCTAssertEqual(changed.status, 0, changed.stderr)
        XCTAssertTrue(try storedHash("S0001")?.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$") == true)
    }
}
