import JournalFoundation
import JournalStore

/// How results are printed: the shell's `.mode` and the command line's `--format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Columns aligned by display width, for a terminal.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// An array of objects keyed by column name, keys in column order.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// Prints results in one of the output formats as they stream in.
///
/// Only `table` holds rows back, to align its columns; the other formats print
/// each row as soon as it is read.
public struct ResultPrinter: ResultSink {
    public let format: OutputFormat
    public var write: (String) -> Void
    /// Whether column names are printed (`.headers on|off`).
    public var headers = true
    /// The most rows a terminal table shows (`.maxrows N`); the rest are counted, not shown.
    public var maxRows: Int?
    /// Bold column names, for a terminal that is not told NO_COLOR.
    public var colour = false
    /// How many rows the last result had.
    public private(set) var lastRowCount = 0
    private var columns: [String] = []
    private var buffered: [[CellValue]] = []
    private var rowCount = 0
    private var resultCount = 0

    public init(format: OutputFormat, write: @escaping (String) -> Void) {
        self.format = format
        self.write = write
    }

    public mutating func begin(columns: [String]) throws {
        self.columns = columns
        buffered = []
        rowCount = 0
        if format == .json && resultCount > 0 { write("\n") }
        resultCount += 1
        switch format {
        case .csv: if headers { write(columns.map(Self.csvField).joined(separator: ",") + "\n") }
        case .json: write("[")
        case .markdown:
            guard headers else { break }
            write("| " + columns.map(Self.markdownCell).joined(separator: " | ") + " |\n")
            write("|" + columns.map { _ in " --- |" }.joined() + "\n")
        case .table: break
        }
    }

    public mutating func row(_ values: [CellValue]) throws {
        defer { rowCount += 1 }
        switch format {
        case .csv: write(values.map { Self.csvField(Self.text($0)) }.joined(separator: ",") + "\n")
        case .json:
            let fields = zip(columns, values).map { "\(Self.jsonString($0)): \(Self.json($1))" }
            write((rowCount == 0 ? "\n  {" : ",\n  {") + fields.joined(separator: ", ") + "}")
        case .markdown: write("| " + values.map { Self.markdownCell(Self.text($0)) }.joined(separator: " | ") + " |\n")
        case .table:
            if maxRows.map({ buffered.count < $0 }) ?? true { buffered.append(values) }
        }
    }

    public mutating func end() throws {
        switch format {
        case .json: write(rowCount == 0 ? "]\n" : "\n]\n")
        case .table:
            write(Self.table(columns: columns, rows: buffered, headers: headers, total: rowCount, colour: colour))
        case .csv, .markdown: break
        }
        lastRowCount = rowCount
        buffered = []
    }

    /// The text of a value as the table, CSV and Markdown formats show it: NULL is empty.
    public static func text(_ value: CellValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text): return text
        }
    }

    static func table(
        columns: [String], rows: [[CellValue]], headers: Bool = true, total: Int? = nil, colour: Bool = false
    ) -> String {
        guard !columns.isEmpty else { return "" }
        let texts = rows.map { $0.map(text) }
        var widths = columns.map(displayWidth)
        for row in texts {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        let numeric = columns.indices.map { index in
            !rows.isEmpty && rows.allSatisfy { $0[index].isNumber || $0[index] == .null }
        }
        func line(_ cells: [String], alignNumbers: Bool) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - displayWidth(cell))
                return alignNumbers && numeric[index] ? pad + cell : cell + pad
            }.joined(separator: " | ")
        }
        var out = ""
        if headers {
            let title = line(columns, alignNumbers: false)
            out += (colour ? "\u{1B}[1m" + title + "\u{1B}[0m" : title) + "\n"
            out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        }
        for row in texts { out += line(row, alignNumbers: true) + "\n" }
        let count = total ?? rows.count
        out += "(\(count) \(count == 1 ? "row" : "rows")"
        if count > rows.count { out += ", \(count - rows.count) not shown: .maxrows sets how many are" }
        out += ")\n"
        return out
    }

    /// Columns a text takes in a terminal: one per letter, Cyrillic included; two for wide East Asian letters.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F: return width
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF:
                return width + 2
            default: return width + 1
            }
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    static func json(_ value: CellValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "null"
        case .text(let text): return jsonString(text)
        }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
