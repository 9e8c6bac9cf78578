import Crypto
import Foundation
import _CryptoExtras

/// A password as the store keeps it: a slow salted hash, never the password itself.
///
/// PBKDF2-HMAC-SHA256 with a 16-byte random salt, written as
/// `pbkdf2-sha256$ROUNDS$SALT$HASH` (salt and hash in base64). The rounds are read back
/// from the stored text, so a hash made with other rounds still checks:
///
/// ```
/// let stored = try PasswordHash.make("Летом-2027!")   // "pbkdf2-sha256$210000$…$…"
/// try PasswordHash.matches("Летом-2027!", stored)        // true
/// ```
enum PasswordHash {
    static let scheme = "pbkdf2-sha256"
    /// The least rounds OWASP allows for PBKDF2-HMAC-SHA256 and swift-crypto's checked entry point
    /// accepts; each log-in costs about a tenth of a second, which is what slows a guesser down.
    static let defaultRounds = 210_000
    static let saltByteCount = 16
    static let hashByteCount = 32

    /// Hashes `password` with a new random salt.
    ///
    /// - Parameter rounds: the work factor; tests pass fewer to stay fast.
    static func make(_ password: String, rounds: Int = defaultRounds) throws -> String {
        // SystemRandomNumberGenerator reads the kernel's CSPRNG (getrandom on Linux).
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let hash = try derive(password, salt: salt, rounds: rounds)
        return [scheme, String(rounds), Data(salt).base64EncodedString(), Data(hash).base64EncodedString()]
            .joined(separator: "$")
    }

    /// Whether `password` is the one `stored` was made from. A stored text that is not a hash
    /// of this scheme matches nothing.
    static func matches(_ password: String, _ stored: String) throws -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme, let rounds = Int(parts[1]), rounds > 0,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
            expected.count == hashByteCount
        else { return false }
        return constantTimeEqual(try derive(password, salt: Array(salt), rounds: rounds), Array(expected))
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: hashByteCount,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares every byte whatever the first difference, so the time taken tells nothing.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// One-time passwords for new credentials.
enum OneTimePassword {
    /// Letters and digits that cannot be misread on paper: no 0/O/o, 1/l/I, 5/S, 2/Z, 8/B.
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679")
    static let length = 10

    /// A new password of `length` characters, each drawn uniformly from the kernel's CSPRNG.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
