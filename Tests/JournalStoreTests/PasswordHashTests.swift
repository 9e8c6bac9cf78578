import Foundation
import GRDB
import TestSupport
import XCTest

@testable import JournalStore

/// Password hashes and digests through libsodium: Argon2id for new hashes, PBKDF2-HMAC-SHA256
/// still checked for the hashes made before, SHA-256 for backups.
final class PasswordHashTests: XCTestCase {
    /// Made by the previous code (swift-crypto's PBKDF2, 210 000 rounds) for the one-time
    /// password "ttXKKEyWRP", before swift-crypto was removed.
    static let legacyHash = "pbkdf2-sha256$210000$VpR6LaD2E6Mkta8Uh95PFw==$hAm8jmCtE/zvppaD8uixaj+xk6rL0tNpW1I88yBYC74="
    static let legacyPassword = "ttXKKEyWRP"

    private func hexBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    func testPBKDF2MatchesTheVectorsOfRFC7914() {
        let one = LegacyPBKDF2.derive(Array("passwd".utf8), salt: Array("salt".utf8), rounds: 1, byteCount: 64)
        XCTAssertEqual(
            one,
            hexBytes(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                    + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"))
        let many = LegacyPBKDF2.derive(Array("Password".utf8), salt: Array("NaCl".utf8), rounds: 80_000, byteCount: 64)
        XCTAssertEqual(
            many,
            hexBytes(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                    + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"))
    }

    func testAHashOfThePreviousCodeStillChecksAndIsToBeReplaced() {
        XCTAssertTrue(PasswordHash.matches(Self.legacyPassword, Self.legacyHash))
        XCTAssertFalse(PasswordHash.matches("ttXKKEyWRp", Self.legacyHash))
        XCTAssertFalse(
            PasswordHash.matches(
                Self.legacyPassword, Self.legacyHash.replacingOccurrences(of: "210000", with: "210001")))
        XCTAssertTrue(PasswordHash.needsRehash(Self.legacyHash))
    }

    func testNewHashesAreArgon2idAtTheInteractiveCost() throws {
        let hash = try PasswordHash.make("Летом-2027!")
        XCTAssertTrue(hash.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$"), hash)
        XCTAssertTrue(PasswordHash.matches("Летом-2027!", hash))
        XCTAssertFalse(PasswordHash.matches("летом-2027!", hash))
        XCTAssertFalse(PasswordHash.needsRehash(hash))
        XCTAssertNotEqual(try PasswordHash.make("Летом-2027!"), hash, "each hash has its own salt")
        let cheap = try PasswordHash.make("Летом-2027!", cost: .least)
        XCTAssertTrue(PasswordHash.matches("Летом-2027!", cheap))
        XCTAssertTrue(PasswordHash.needsRehash(cheap), "a hash of another cost is replaced")
        XCTAssertFalse(PasswordHash.matches("", "$argon2id$v=19$m=65536,t=2,p=1$broken"))
    }

    func testSHA256OfKnownTextsAndPieceByPiece() {
        XCTAssertEqual(sha256Hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(sha256Hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let bytes = (0..<1_000_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var digest = SHA256Digest()
        digest.update(Data(bytes[..<1000]))
        XCTAssertEqual(digest.hexString(), sha256Hex(Array(bytes[..<1000])), "a digest can be read midway")
        bytes[1000...].withUnsafeBytes { digest.update($0) }
        XCTAssertEqual(digest.hexString(), sha256Hex(bytes))
    }
}

/// The migration that lets Argon2id hashes in keeps the accounts of a store made before it.
final class PasswordMigrationTests: XCTestCase {
    func testAStoreOfTheFirstSchemeKeepsItsAccountsAndTakesArgon2id() throws {
        let path = try Fixtures.storePath()
        let queue = try DatabaseQueue(path: path)
        try JournalStore.migrator.migrate(queue, upTo: "v5-year-life")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO account (user_id, login, password_hash, must_change, issued_at)
                    VALUES ('T005', 't005', ?, 0, '2026-09-01 08:00')
                    """, arguments: [PasswordHashTests.legacyHash])
            XCTAssertThrowsError(
                try db.execute(sql: "UPDATE account SET password_hash = '$argon2id$v=19$x' WHERE user_id = 'T005'"))
        }
        try queue.close()
        let store = try JournalStore(path: path)
        try store.write { db in
            XCTAssertEqual(
                try String.fetchOne(db, sql: "SELECT password_hash FROM account"), PasswordHashTests.legacyHash)
            try db.execute(
                sql: "UPDATE account SET password_hash = ? WHERE user_id = 'T005'",
                arguments: [try PasswordHash.make("x", cost: .least)])
            XCTAssertThrowsError(
                try db.execute(sql: "UPDATE account SET password_hash = 'plain' WHERE user_id = 'T005'"))
        }
    }
}
