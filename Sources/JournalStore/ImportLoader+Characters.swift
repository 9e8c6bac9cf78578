import JournalFoundation

extension ImportLoader {
    /// An id that must not repeat in its file; `seen` keeps the line each was first given on.
    static func checkUnique(_ id: String, _ row: ImportRow, firstLine: Int?) throws {
        if let firstLine {
            throw row.failure(
                "id", Message(StoreText.appearsTwice, Message(StoreText.idKey, id), row.source.name),
                hint: Message(StoreText.firstGivenOnLineKeepOne, firstLine))
        }
    }

    /// A character no one can see in a field — a byte-order mark inside the file, a NUL, a control
    /// or zero-width character — would become part of an id or a name that looks right and matches
    /// nothing: refused where it stands. Line breaks and tabs inside quoted text are kept.
    static func refuseInvisibleCharacters(_ fields: [String], source: CSVSource, line: Int) throws {
        for (index, field) in fields.enumerated() {
            guard
                let bad = field.unicodeScalars.first(where: { scalar in
                    let category = scalar.properties.generalCategory
                    return (category == .control && !["\n", "\r", "\t"].contains(scalar)) || category == .format
                })
            else { continue }
            let column =
                index < source.header.count
                ? Message.verbatim(source.header[index]) : Message(StoreText.fieldNumber, index + 1)
            let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let name =
                bad == "\u{FEFF}" ? StoreText.byteOrderMark : bad == "\0" ? StoreText.nulByte : StoreText.invisible
            throw Diagnostic(
                Message(StoreText.invisibleCharacter, column, Message(name), code),
                at: source.location(line: line, field: index), hint: Message(StoreText.removeInvisible))
        }
    }
}

extension String {
    /// The text with zeros before it, to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
