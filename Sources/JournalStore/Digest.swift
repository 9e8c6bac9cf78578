import Crypto

// The store's one door to SHA-256 for the change trail: the hashing library behind it is
// swapped here and nowhere else.

/// SHA-256 of `data` as 64 lower-case hex digits.
func sha256Hex(_ data: [UInt8]) -> String {
    var digest = SHA256Digest()
    digest.update(data)
    return digest.hex()
}

/// SHA-256 fed piece by piece, for inputs too large to gather first (the rows of a whole import).
struct SHA256Digest {
    private var hasher = SHA256()

    mutating func update(_ data: [UInt8]) {
        hasher.update(data: data)
    }

    /// The digest as 64 lower-case hex digits.
    func hex() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in hasher.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
