import CSV
import Foundation
import JournalFoundation

/// The text encodings a CSV folder may come in.
public enum CSVEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte-order mark.
    case utf8
    /// Windows-1251, what Russian-locale spreadsheet programs write.
    case cp1251
}

/// How to read the files of a CSV folder; nil fields are detected per file.
public struct CSVDialect: Sendable {
    public var encoding: CSVEncoding?
    public var delimiter: Character?

    public init(encoding: CSVEncoding? = nil, delimiter: Character? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// One CSV file of the interchange folder, decoded and split into records.
///
/// Detects its encoding (UTF-8 unless the bytes are not valid UTF-8, then
/// Windows-1251) and its delimiter (`;` when the header has more of them than
/// commas). Records carry the line they start on, so errors can point at it.
final class CSVSource {
    /// The file's name as shown in messages (`marks.csv`).
    let name: String
    let header: [String]
    let delimiter: Character
    let encoding: CSVEncoding
    private let text: String
    private let reader: CSVReader
    /// The line the next record starts on.
    private var nextLine = 2

    init(path: String, name: String, dialect: CSVDialect) throws {
        self.name = name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(Message(StoreText.cannotRead, path), hint: Message(StoreText.checkFileReadable))
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let decoded: (String, CSVEncoding)?
        switch dialect.encoding {
        case .utf8?: decoded = String(data: bytes, encoding: .utf8).map { ($0, .utf8) }
        case .cp1251?: decoded = String(data: bytes, encoding: .windowsCP1251).map { ($0, .cp1251) }
        case nil:
            decoded =
                String(data: bytes, encoding: .utf8).map { ($0, .utf8) }
                ?? String(data: bytes, encoding: .windowsCP1251).map { ($0, .cp1251) }
        }
        guard let (text, encoding) = decoded else {
            throw Diagnostic(
                dialect.encoding.map { Message(StoreText.notTextIn, name, $0.rawValue) }
                    ?? Message(StoreText.notText, name),
                at: .init(file: name, line: 1, column: 1), hint: Message(StoreText.saveAsUTF8))
        }
        self.text = text
        self.encoding = encoding
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter =
            dialect.delimiter
            ?? (firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ",")
        self.delimiter = delimiter
        guard !text.isEmpty else {
            throw Diagnostic(
                Message(StoreText.fileEmpty, name), at: .init(file: name, line: 1, column: 1, sourceLine: ""),
                hint: Message(StoreText.firstLineNamesColumns))
        }
        do {
            reader = try CSVReader(
                string: text, hasHeaderRow: true, trimFields: false,
                delimiter: delimiter.unicodeScalars.first!)
        } catch {
            throw Diagnostic(
                Message(StoreText.cannotReadHeader, name), at: .init(file: name, line: 1, column: 1),
                hint: Message(StoreText.firstLineNamesColumnsWithCommas))
        }
        header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        nextLine = 2 + header.reduce(0) { $0 + $1.newlineCount }
    }

    /// The next record with the line it starts on, or nil at the end of the file.
    func next() throws -> (line: Int, fields: [String])? {
        guard let fields = reader.next() else {
            if let error = reader.error {
                throw Diagnostic(
                    Message(StoreText.notWellFormedCSV, name, "\(error)"),
                    at: .init(file: name, line: nextLine, column: 1),
                    hint: Message(StoreText.quoteFields))
            }
            return nil
        }
        let line = nextLine
        nextLine += 1 + fields.reduce(0) { $0 + $1.newlineCount }
        // A blank line reads as one empty field: skip it, as spreadsheet programs do.
        if fields.count == 1 && fields[0].isEmpty { return try next() }
        return (line, fields)
    }

    /// Where field `index` (0-based) of the record on `line` stands, for a caret under it.
    func location(line: Int, field index: Int) -> Diagnostic.Location {
        var lineText = ""
        var current = 1
        // "\r\n" is one Character in Swift, so lines are split on any newline Character.
        for candidate in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if current == line {
                lineText = String(candidate)
                break
            }
            current += 1
        }
        // Walk the line's fields, minding quotes, to find where field `index` starts.
        var fieldStart = 0
        var fieldNumber = 0
        var inQuotes = false
        var offset = 0
        var fieldLength = 0
        let characters = Array(lineText)
        while offset < characters.count {
            let character = characters[offset]
            if character == "\"" {
                inQuotes.toggle()
            } else if character == delimiter && !inQuotes {
                if fieldNumber == index { break }
                fieldNumber += 1
                fieldStart = offset + 1
            }
            offset += 1
        }
        if fieldNumber == index {
            fieldLength = offset - fieldStart
        } else {
            fieldStart = characters.count
        }
        return .init(
            file: name, line: line, column: fieldStart + 1, sourceLine: lineText,
            length: max(1, fieldLength))
    }
}

extension String {
    fileprivate var newlineCount: Int {
        var count = 0
        for scalar in unicodeScalars where scalar == "\n" { count += 1 }
        return count
    }
}
