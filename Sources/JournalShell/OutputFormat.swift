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
    /// A long table is laid out from its first rows, then streamed: memory stays flat for any result.
    private var layout: TableLayout?
    /// How many rows a table's column widths are taken from before the rest streams out.
    public static let tableSample = 1000

    public init(format: OutputFormat, write: @escaping (String) -> Void) {
        self.format = format
        self.write = write
    }

    public mutating func begin(columns: [String]) throws {
        self.columns = columns
        buffered = []
        layout = nil
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
            guard maxRows.map({ rowCount < $0 }) ?? true else { return }
            if let layout {
                write(layout.line(values.map(Self.text), alignNumbers: true) + "\n")
                return
            }
            buffered.append(values)
            if buffered.count == Self.tableSample {
                // Widths from the first rows; a later, wider cell pushes its line's rest to the right.
                let layout = TableLayout(columns: columns, rows: buffered)
                write(layout.header(headers: headers, colour: colour))
                for row in buffered { write(layout.line(row.map(Self.text), alignNumbers: true) + "\n") }
                buffered = []
                self.layout = layout
            }
        }
    }

    public mutating func end() throws {
        switch format {
        case .json: write(rowCount == 0 ? "]\n" : "\n]\n")
        case .table:
            if layout != nil {
                let shown = maxRows.map { min($0, rowCount) } ?? rowCount
                write(TableLayout.footer(total: rowCount, shown: shown))
            } else {
                write(Self.table(columns: columns, rows: buffered, headers: headers, total: rowCount, colour: colour))
            }
            layout = nil
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
        let layout = TableLayout(columns: columns, rows: rows)
        var out = layout.header(headers: headers, colour: colour)
        for row in rows { out += layout.line(row.map(text), alignNumbers: true) + "\n" }
        out += TableLayout.footer(total: total ?? rows.count, shown: rows.count)
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

/// The columns of a terminal table: their widths and which hold numbers (aligned right), taken
/// from the rows at hand.
struct TableLayout {
    let columns: [String]
    var widths: [Int]
    let numeric: [Bool]

    init(columns: [String], rows: [[CellValue]]) {
        self.columns = columns
        var widths = columns.map(ResultPrinter.displayWidth)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], ResultPrinter.displayWidth(ResultPrinter.text(cell)))
            }
        }
        self.widths = widths
        numeric = columns.indices.map { index in
            !rows.isEmpty && rows.allSatisfy { $0[index].isNumber || $0[index] == .null }
        }
    }

    func line(_ cells: [String], alignNumbers: Bool) -> String {
        cells.enumerated().map { index, cell in
            let pad = String(repeating: " ", count: max(0, widths[index] - ResultPrinter.displayWidth(cell)))
            return alignNumbers && numeric[index] ? pad + cell : cell + pad
        }.joined(separator: " | ")
    }

    func header(headers: Bool, colour: Bool) -> String {
        guard headers else { return "" }
        let title = line(columns, alignNumbers: false)
        return (colour ? "\u{1B}[1m" + title + "\u{1B}[0m" : title) + "\n"
            + widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
    }

    static func footer(total: Int, shown: Int) -> String {
        var out = "(\(total) \(total == 1 ? "row" : "rows")"
        if total > shown { out += ", \(total - shown) not shown: .maxrows sets how many are" }
        return out + ")\n"
    }
}
