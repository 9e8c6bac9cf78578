import CSodium
import CSodiumLoader
import Foundation
import JournalFoundation

/// libsodium, made ready once before its first use (`sodium_init` picks the fastest code for
/// this processor and seeds its generator; it is safe to call again, but once is enough).
enum Sodium {
    /// Touch before any call into libsodium: loads it (`CSodiumLoader`) and makes it ready. Without
    /// the library nothing that needs it can go on (a password cannot be checked, the trail cannot be
    /// hashed, nothing is written half): the program says so, in the user's language, and ends.
    static let ready: Void = {
        guard ejs_sodium_load() == 1 else {
            let problem = Diagnostic(Message(StoreText.sodiumMissing), hint: Message(StoreText.sodiumHint))
            FileHandle.standardError.write(Data((problem.rendered(in: .current) + "\n").utf8))
            exit(69)  // EX_UNAVAILABLE: a service the program needs is missing
        }
        precondition(ejs_sodium_init() >= 0, "libsodium cannot be initialised")
    }()
}

/// The SHA-256 of `bytes`, in lower-case hex.
///
/// ```
/// sha256Hex(Array("abc".utf8))  // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public func sha256Hex(_ bytes: [UInt8]) -> String {
    var digest = SHA256Digest()
    bytes.withUnsafeBytes { digest.update($0) }
    return digest.hexString()
}

/// SHA-256 fed piece by piece, for what does not fit in memory at once (a backup copy):
///
/// ```
/// var digest = SHA256Digest()
/// while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { digest.update(chunk) }
/// digest.hexString()
/// ```
public struct SHA256Digest {
    private var state = crypto_hash_sha256_state()

    public init() {
        Sodium.ready
        ejs_crypto_hash_sha256_init(&state)
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        ejs_crypto_hash_sha256_update(&state, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
    }

    /// Adds the bytes of any contiguous collection (`[UInt8]`, `Data`).
    public mutating func update<Bytes: ContiguousBytes>(_ bytes: Bytes) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The digest of everything added so far, in lower-case hex; more may be added after.
    public func hexString() -> String {
        var finished = state
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        ejs_crypto_hash_sha256_final(&finished, &digest)
        return hex(digest)
    }
}

/// Bytes in lower-case hex.
private func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
}
