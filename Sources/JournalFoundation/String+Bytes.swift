/// Tests of a text's bytes, read from the text's own memory: a loop over `utf8` goes through the
/// collection protocols byte by byte, and Foundation's `contains` and the standard library's
/// searcher each cost more than most of what they check (the CSV and JSON printers, generated SQL).
extension String {
    /// Whether a byte of the text's UTF-8 passes `test`.
    @inlinable public func hasByte(where test: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: test) }
    }

    /// Whether `part` occurs in the text, compared byte by byte.
    public func mentions(_ part: String) -> Bool {
        var text = self
        var part = part
        return text.withUTF8 { text in
            part.withUTF8 { part in
                guard let first = part.first else { return true }
                guard part.count <= text.count else { return false }
                for start in 0...(text.count - part.count) where text[start] == first {
                    if text[start..<start + part.count].elementsEqual(part) { return true }
                }
                return false
            }
        }
    }
}
