import CSodium
import CSodiumLoader
import Foundation
import JournalFoundation

/// A password as the store keeps it: a slow salted hash, never the password itself.
///
/// New hashes are Argon2id through libsodium, in its encoded form
/// `$argon2id$v=19$m=65536,t=2,p=1$SALT$HASH`: the cost and the 16-byte salt travel with the
/// hash, so a hash made at another cost still checks. Hashes of the earlier scheme,
/// `pbkdf2-sha256$ROUNDS$SALT$HASH` (salt and hash in base64), still check too, and
/// `needsRehash` says to replace them: the store does at the account's next successful log-in.
///
/// ```
/// let stored = try PasswordHash.make("Летом-2027!")   // "$argon2id$v=19$m=65536,t=2,p=1$…"
/// PasswordHash.matches("Летом-2027!", stored)            // true
/// PasswordHash.needsRehash(stored)                       // false
/// ```
enum PasswordHash {
    /// The work of one Argon2id hash: passes over memory, and how much memory.
    struct Cost: Equatable, Sendable {
        let operations: UInt64
        let memory: Int

        /// libsodium's INTERACTIVE: 2 passes over 64 MiB, 60–80 ms on a 2-core server. A log-in
        /// checks a password twice and issuing credentials to a class hashes ~80 of them, so
        /// MODERATE (3 passes over 256 MiB, 370–460 ms) would make both wait seconds; 64 MiB per
        /// guess is what makes Argon2id costly on a guesser's graphics cards.
        static let standard: Cost = {
            Sodium.ready
            return Cost(
                operations: UInt64(ejs_crypto_pwhash_opslimit_interactive()),
                memory: ejs_crypto_pwhash_memlimit_interactive())
        }()
        /// The least libsodium allows (1 pass over 8 KiB): for tests of the store only.
        static let least: Cost = {
            Sodium.ready
            return Cost(operations: UInt64(ejs_crypto_pwhash_opslimit_min()), memory: ejs_crypto_pwhash_memlimit_min())
        }()
    }

    static let argon2idPrefix = "$argon2id$"

    /// Hashes `password` with a new random salt (libsodium draws it).
    static func make(_ password: String, cost: Cost = .standard) throws -> String {
        Sodium.ready
        var encoded = [CChar](repeating: 0, count: ejs_crypto_pwhash_strbytes())
        let result = ejs_crypto_pwhash_str_alg(
            &encoded, password, UInt64(password.utf8.count), cost.operations, cost.memory,
            ejs_crypto_pwhash_alg_argon2id13())
        guard result == 0 else {
            throw Diagnostic(
                Message(StoreText.cannotHash, Int(cost.memory >> 20)), hint: Message(StoreText.freeMemory))
        }
        return String(decoding: encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `password` is the one `stored` was made from. A stored text of neither scheme
    /// matches nothing.
    static func matches(_ password: String, _ stored: String) -> Bool {
        if stored.hasPrefix(argon2idPrefix) {
            Sodium.ready
            return ejs_crypto_pwhash_str_verify(stored, password, UInt64(password.utf8.count)) == 0
        }
        return LegacyPBKDF2.matches(password, stored)
    }

    /// Whether `stored` should be replaced by a new hash of the same password: it is PBKDF2, or
    /// Argon2id at another cost than `cost`.
    static func needsRehash(_ stored: String, cost: Cost = .standard) -> Bool {
        guard stored.hasPrefix(argon2idPrefix) else { return true }
        Sodium.ready
        return ejs_crypto_pwhash_str_needs_rehash(stored, cost.operations, cost.memory) != 0
    }

    /// Compares every byte whatever the first difference, so the time taken tells nothing.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// The hashes of the first scheme, `pbkdf2-sha256$ROUNDS$SALT$HASH`: checked (never made any
/// more) so that the accounts holding them can log in once more and be given Argon2id.
enum LegacyPBKDF2 {
    static let scheme = "pbkdf2-sha256"
    static let hashByteCount = 32
    /// More rounds than any hash of ours had: a corrupt count must not hold a log-in for minutes.
    static let mostRounds = 10_000_000

    static func matches(_ password: String, _ stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme, let rounds = Int(parts[1]), rounds > 0, rounds <= mostRounds,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
            expected.count == hashByteCount
        else { return false }
        let derived = derive(Array(password.utf8), salt: Array(salt), rounds: rounds, byteCount: hashByteCount)
        return PasswordHash.constantTimeEqual(derived, Array(expected))
    }

    /// PBKDF2-HMAC-SHA256 (RFC 8018, section 5.2) over libsodium's HMAC-SHA-256. The password's
    /// keyed state is made once and copied for each round, as every fast implementation does.
    static func derive(_ password: [UInt8], salt: [UInt8], rounds: Int, byteCount: Int) -> [UInt8] {
        Sodium.ready
        let size = Int(crypto_auth_hmacsha256_BYTES)
        var keyed = crypto_auth_hmacsha256_state()
        ejs_crypto_auth_hmacsha256_init(&keyed, password, password.count)
        var derived: [UInt8] = []
        var block: UInt32 = 1
        var round = [UInt8](repeating: 0, count: size)
        var sum = [UInt8](repeating: 0, count: size)
        while derived.count < byteCount {
            var state = keyed
            ejs_crypto_auth_hmacsha256_update(&state, salt, UInt64(salt.count))
            let index = [UInt8(block >> 24), UInt8(block >> 16 & 0xff), UInt8(block >> 8 & 0xff), UInt8(block & 0xff)]
            ejs_crypto_auth_hmacsha256_update(&state, index, 4)
            ejs_crypto_auth_hmacsha256_final(&state, &round)
            sum = round
            for _ in 1..<rounds {
                state = keyed
                ejs_crypto_auth_hmacsha256_update(&state, round, UInt64(size))
                ejs_crypto_auth_hmacsha256_final(&state, &round)
                sum.withUnsafeMutableBufferPointer { total in
                    round.withUnsafeBufferPointer { next in
                        for byte in 0..<size { total[byte] ^= next[byte] }
                    }
                }
            }
            derived += sum
            block += 1
        }
        return Array(derived.prefix(byteCount))
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
