extension String {
    /// The same text as `lowercased()`, made without the Unicode tables for the letters the journal
    /// is written in: ASCII and the Russian alphabet (U+0400–U+045F) are lowered byte by byte in
    /// UTF-8, the same number of bytes; any other letter hands the whole text to `lowercased()`.
    ///
    /// `lowercased()` looks every non-ASCII character up in the standard library's tables: the
    /// catalog's 48 subject names cost 250,000 instructions the first time a query named a subject,
    /// and every word of a Russian query went through them.
    public func lowered() -> String {
        var other = false
        let lowered = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            var bytes = utf8.makeIterator()
            while let byte = bytes.next() {
                switch byte {
                case 0x41...0x5A: put(byte + 0x20)
                case 0x00...0x7F: put(byte)
                case 0xD0, 0xD1:
                    // U+0400–U+047F, two bytes
                    guard let next = bytes.next() else {
                        other = true
                        return 0
                    }
                    switch (byte, next) {
                    case (0xD0, 0x80...0x8F):  // Ѐ–Џ → ѐ–џ
                        put(0xD1)
                        put(next + 0x10)
                    case (0xD0, 0x90...0x9F):  // А–П → а–п
                        put(0xD0)
                        put(next + 0x20)
                    case (0xD0, 0xA0...0xAF):  // Р–Я → р–я
                        put(0xD1)
                        put(next - 0x20)
                    case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x9F):  // а–п, р–я, ѐ–џ
                        put(byte)
                        put(next)
                    default:  // the older letters after џ come in pairs of cases
                        other = true
                        return 0
                    }
                default:
                    other = true
                    return 0
                }
            }
            return count
        }
        return other ? lowercased() : lowered
    }
}
