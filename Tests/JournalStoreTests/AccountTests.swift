import Foundation
import GRDB
import JournalFoundation
import TestSupport
import XCTest

@testable import JournalStore

/// Log-in credentials (R3, R7, R15): only slow salted hashes are kept, every log-in is a
/// visit (R10, R12, R30), and a one-time password must be replaced.
final class AccountTests: XCTestCase {
    /// The least cost keeps the tests fast; the cost is read back from the stored hash.
    static let cost = PasswordHash.Cost.least
    static let now = "2026-11-27 08:00"

    private func issue(_ ids: [String], in store: JournalStore) throws -> [IssuedCredential] {
        try store.issueCredentials(
            for: ids, by: Authorizer(actor: .administrator, scope: ActorScope()), now: Self.now, cost: Self.cost)
    }

    private func storedHash(_ userID: String, in store: JournalStore) throws -> String? {
        try store.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM account WHERE user_id = ?", arguments: [userID])
        }
    }

    private func visits(_ userID: String, in store: JournalStore) throws -> Int {
        try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM visit WHERE user_id = ?", arguments: [userID]) ?? 0
        }
    }

    func testTheStoredHashIsNotThePasswordAndHasTheFormat() throws {
        let store = try Fixtures.sampleStore()
        let issued = try issue(["T005", "S0001", "P0002"], in: store)
        XCTAssertEqual(issued.map(\.login), ["t005", "s0001", "p0002"])
        XCTAssertEqual(issued.map(\.name), ["Захарова Василиса", "Тарасова Виктория", "Тарасов Николай"])
        XCTAssertEqual(issued.map(\.classOrRole.description), ["teacher", "5А", "parent, 5А"])
        var salts = Set<String>()
        for credential in issued {
            XCTAssertEqual(credential.oneTimePassword.count, 10)
            XCTAssertTrue(credential.oneTimePassword.allSatisfy { OneTimePassword.alphabet.contains($0) })
            XCTAssertFalse(credential.description.contains(credential.oneTimePassword))
            let hash = try XCTUnwrap(try storedHash(credential.userID, in: store))
            XCTAssertFalse(hash.contains(credential.oneTimePassword))
            // $argon2id$v=19$m=8,t=1,p=1$SALT$HASH, salt and hash in unpadded base64.
            let parts = hash.split(separator: "$").map(String.init)
            XCTAssertEqual(parts.count, 5, hash)
            XCTAssertEqual(parts[0], "argon2id")
            XCTAssertEqual(parts[2], "m=8,t=1,p=1")
            XCTAssertEqual(parts[3].count, 22, "16 bytes of salt")
            XCTAssertEqual(parts[4].count, 43, "32 bytes of hash")
            salts.insert(parts[3])
        }
        XCTAssertEqual(salts.count, 3, "each password has its own salt")
        XCTAssertNotEqual(
            Set(issued.map(\.oneTimePassword)).count, 1, "one-time passwords are drawn anew for each user")
    }

    func testTheDefaultHashIsSlowEnough() throws {
        let hash = try PasswordHash.make("длинный пароль")
        XCTAssertTrue(hash.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$"), hash)
        XCTAssertTrue(PasswordHash.matches("длинный пароль", hash))
        XCTAssertFalse(PasswordHash.matches("длинный пароль ", hash))
        XCTAssertFalse(PasswordHash.matches("anything", "pbkdf2-sha256$1$$"))
        XCTAssertFalse(PasswordHash.matches("anything", "$argon2id$"))
    }

    func testLogInGivesTheActorWithRolesAndAddsOneVisit() throws {
        let store = try Fixtures.sampleStore()
        let password = try issue(["T018"], in: store)[0].oneTimePassword
        let before = try visits("T018", in: store)
        let (actor, mustChange) = try store.logIn(login: "T018", password: password, now: "2026-11-27 08:10")
        XCTAssertEqual(actor.kind, .staff)
        XCTAssertEqual(actor.id, "T018")
        XCTAssertEqual(actor.roles, ["teacher", "class_teacher"])
        XCTAssertEqual(actor.name, "Козлова Василиса")
        XCTAssertTrue(mustChange)
        XCTAssertEqual(try visits("T018", in: store), before + 1)
        let at = try store.read { db in
            try String.fetchOne(db, sql: "SELECT at FROM visit WHERE user_id = 'T018' ORDER BY id DESC LIMIT 1")
        }
        XCTAssertEqual(at, "2026-11-27 08:10")
    }

    func testAWrongPasswordOrLoginIsRefusedAlikeAndAddsNoVisit() throws {
        let store = try Fixtures.sampleStore()
        let password = try issue(["P0002"], in: store)[0].oneTimePassword
        let before = try store.rowCounts()["visit"]
        var messages: [String] = []
        for (login, attempt) in [("p0002", password + "x"), ("p0002", ""), ("p9999", password), ("", password)] {
            XCTAssertThrowsError(try store.logIn(login: login, password: attempt, now: Self.now)) { error in
                messages.append((error as? LogInRefused)?.diagnostic.message.description ?? "\(error)")
            }
        }
        XCTAssertEqual(Set(messages), ["wrong login or password"])
        XCTAssertEqual(try store.rowCounts()["visit"], before)
    }

    func testMustChangeAfterIssuingClearedAfterChangeSetAgainByReissuing() throws {
        let store = try Fixtures.sampleStore()
        let first = try issue(["S0001"], in: store)[0].oneTimePassword
        XCTAssertTrue(try store.mustChangePassword(userID: "S0001"))
        try store.changePassword(userID: "S0001", old: first, new: "весна-2027", cost: Self.cost)
        XCTAssertFalse(try store.mustChangePassword(userID: "S0001"))
        XCTAssertFalse(try store.logIn(login: "s0001", password: "весна-2027", now: Self.now).mustChange)
        XCTAssertThrowsError(try store.logIn(login: "s0001", password: first, now: Self.now))

        let second = try issue(["S0001"], in: store)[0].oneTimePassword
        XCTAssertTrue(try store.mustChangePassword(userID: "S0001"))
        XCTAssertThrowsError(try store.logIn(login: "s0001", password: "весна-2027", now: Self.now))
        XCTAssertTrue(try store.logIn(login: "s0001", password: second, now: Self.now).mustChange)
        let accounts = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM account") }
        XCTAssertEqual(accounts, 1, "re-issuing replaces the account's password")
    }

    func testPasswordRules() throws {
        let store = try Fixtures.sampleStore()
        let old = try issue(["T005"], in: store)[0].oneTimePassword
        let refused: [(String, String, String)] = [
            (old, "short", "the new password is shorter than 8 characters"),
            (old, old, "the new password is the old one"),
            ("wrong-old-password", "совсем-новый", "wrong password"),
        ]
        for (given, new, message) in refused {
            XCTAssertThrowsError(try store.changePassword(userID: "T005", old: given, new: new, cost: Self.cost)) {
                XCTAssertEqual(($0 as? Diagnostic)?.message.description, message)
            }
        }
        XCTAssertEqual(
            JournalStore.passwordRuleProblem("T005", login: "t005", old: nil)?.description,
            "the new password is shorter than 8 characters")
        XCTAssertEqual(
            JournalStore.passwordRuleProblem("Parent02", login: "parent02", old: nil)?.description,
            "the new password is the login")
        XCTAssertNil(JournalStore.passwordRuleProblem("8 chars!", login: "t005", old: old))
        XCTAssertTrue(try store.mustChangePassword(userID: "T005"), "a refused change changes nothing")
        XCTAssertThrowsError(try store.changePassword(userID: "T001", old: "x", new: "yyyyyyyyy")) {
            XCTAssertEqual(($0 as? Diagnostic)?.message.description, "T001 has no log-in credentials")
        }
    }

    func testAnUnknownIDIsRefusedWithASuggestionAndNothingIsIssued() throws {
        let store = try Fixtures.sampleStore()
        XCTAssertThrowsError(try issue(["T005", "T0005"], in: store)) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(
                diagnostic?.message.description, "there is no staff member, student or parent with the id \"T0005\"")
            XCTAssertTrue(
                diagnostic?.hint?.description.contains("\"T005\"") == true, diagnostic?.hint?.description ?? "")
        }
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM account") }, 0)
    }

    func testAClassMeansItsStudentsEachWithTheirParents() throws {
        let store = try Fixtures.sampleStore()
        let catalog = try store.catalog()
        let classID = try XCTUnwrap(catalog.classes.first { $0.name == "5А" }).id
        let ids = try store.userIDs(of: [.classMembers(classID: classID), .user("S0001")])
        XCTAssertEqual(Set(ids).count, ids.count, "each user once")
        let students = try store.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM student WHERE class_id = ?", arguments: [classID])
        }
        XCTAssertEqual(Set(ids.filter { $0.hasPrefix("S") }), Set(students))
        let first = try XCTUnwrap(ids.firstIndex(of: "S0001"))
        XCTAssertEqual(Array(ids[first + 1...first + 2]), ["P0001", "P0002"])
        XCTAssertEqual(try store.userIDs(of: [.staff]).count, try store.rowCounts()["staff"])
    }
}
