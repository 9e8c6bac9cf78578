/// A statement's text as the lexer and the parser read it: its Unicode scalars (what a span counts)
/// and its UTF-8 bytes, so that the text of a span is copied out of the bytes, not encoded again
/// scalar by scalar.
struct SourceText {
    let scalars: [Unicode.Scalar]
    private let bytes: [UInt8]
    /// Where each scalar starts among the bytes, and one past the last.
    private let offsets: [Int]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        bytes = Array(source.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    /// The text of scalars `start..<end` (clamped to the text).
    func text(_ start: Int, _ end: Int) -> String {
        let from = offsets[min(max(0, start), scalars.count)]
        let to = offsets[min(max(0, end), scalars.count)]
        guard from < to else { return "" }
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// Whether scalars `start..<end` hold a control character (category Cc: U+0000–U+001F,
    /// U+007F–U+009F), tested on the bytes.
    func hasControl(_ start: Int, _ end: Int) -> Bool {
        let from = offsets[min(max(0, start), scalars.count)]
        let to = offsets[min(max(0, end), scalars.count)]
        var index = from
        while index < to {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return true }
            if byte == 0xC2, index + 1 < to, (0x80...0x9F).contains(bytes[index + 1]) { return true }
            index += 1
        }
        return false
    }
}
