import JournalFoundation
import JournalPapers
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
    /// CSV as Russian Excel opens it with a double click: UTF-8 with a byte order mark, `;` between
    /// fields, a decimal comma and dates as `27.11.2026`.
    case csvExcel = "csv-excel"
    /// A self-contained HTML page, printable on A4: a header, the tables, charts, signature lines.
    case html
    /// An Excel workbook, one sheet per table: only to a file (`--output`, `.once`, `.output`).
    case xlsx

    /// Whether results are gathered for a whole run of statements and written as one document.
    public var isPaper: Bool { self == .html || self == .xlsx }

    /// Whether programs read the result: notes and timings go to standard error, not into it.
    public var isForPrograms: Bool { self == .csv || self == .csvExcel || self == .json }

    /// The byte order mark that tells Excel a CSV file is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"
}

/// Prints results in one of the output formats as they stream in.
///
/// Only `table` holds rows back, to align its columns; the other formats print
/// each row as soon as it is read. For a Russian reader, `table` and `markdown` show dates,
/// times, decimals and yes/no as a Russian reader writes them (`27.11.2026`, `3,84`, `да`);
/// `csv` and `json`, which programs read, keep ISO dates and a decimal point.
public struct ResultPrinter: ResultSink {
    public let format: OutputFormat
    public var write: (String) -> Void
    /// Whether column names are printed (`.headers on|off`).
    public var headers = true
    /// The most rows a terminal table shows (`.maxrows N`); the rest are counted, not shown.
    public var maxRows: Int?
    /// Bold column names, for a terminal that is not told NO_COLOR.
    public var colour = false
    /// The language of the reader: of the line under a table, and of the values in a table.
    public var language: Language
    /// What each column holds (`SQLQuery.columnKinds`), or nothing when it is not known: then
    /// decimals and texts that are exactly a date (and time) are shown as such.
    public var columnKinds: [ColumnKind] = []
    /// A table inside an object of named tables (a report in JSON): its rows indented one step
    /// more, and no line end after its closing bracket.
    public var nested = false
    /// How many rows the last result had.
    public private(set) var lastRowCount = 0
    private var columns: [String] = []
    private var buffered: [[CellValue]] = []
    /// Each series column's buckets (`spark(…)`), so that its rows' sparklines line up.
    private var seriesAxes: [Int: [String]] = [:]
    private var rowCount = 0
    private var resultCount = 0
    /// A long table is laid out from its first rows, then streamed: memory stays flat for any result.
    private var layout: TableLayout?
    /// How many rows a table's column widths are taken from before the rest streams out.
    public static let tableSample = 1000

    public init(format: OutputFormat, language: Language = .current, write: @escaping (String) -> Void) {
        self.format = format
        self.language = language
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
        case .csv: if headers { write(columns.map(Self.csvField).joinedText(separator: ",") + "\n") }
        case .csvExcel: if headers { write(columns.map(Self.excelField).joinedText(separator: ";") + "\n") }
        case .json: write("[")
        case .markdown:
            guard headers else { break }
            write("| " + columns.map(Self.markdownCell).joinedText(separator: " | ") + " |\n")
            write("|" + columns.map { _ in " --- |" }.joined() + "\n")
        case .table, .html, .xlsx: break
        }
    }

    public mutating func row(_ values: [CellValue]) throws {
        defer { rowCount += 1 }
        switch format {
        case .csv:
            // A row's bytes gathered in one buffer and made a text once: appending texts one by one
            // costs a check of each join (a text keeps whole characters), ~300 instructions an
            // append, more than SQLite's work for a row of a long result.
            var line: [UInt8] = []
            line.reserveCapacity(24 * values.count)
            for (index, value) in values.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                Self.appendCSVField(Self.text(value), to: &line)
            }
            line.append(UInt8(ascii: "\n"))
            write(String(decoding: line, as: UTF8.self))
        case .csvExcel:
            let fields = values.enumerated().map { index, value in
                let text = Self.excel(value, kind: columnKinds.indices.contains(index) ? columnKinds[index] : nil)
                return Self.excelField(Self.inert(value, text))
            }
            write(fields.joinedText(separator: ";") + "\n")
        case .json:
            let fields = zip(columns, values).map { "\(Self.jsonString($0)): \(Self.json($1))" }
            let indent = nested ? "    " : "  "
            write((rowCount == 0 ? "\n" : ",\n") + indent + "{" + fields.joinedText(separator: ", ") + "}")
        case .html, .xlsx: break
        case .markdown: write("| " + shown(values).map(Self.markdownCell).joinedText(separator: " | ") + " |\n")
        case .table:
            guard maxRows.map({ rowCount < $0 }) ?? true else { return }
            if let layout {
                write(layout.line(shown(values), alignNumbers: true) + "\n")
                return
            }
            buffered.append(values)
            if buffered.count == Self.tableSample {
                // Widths from the first rows; a later, wider cell pushes its line's rest to the right.
                takeSeriesAxes(buffered)
                let layout = TableLayout(columns: columns, rows: buffered.map(shown), numeric: numeric(buffered))
                write(layout.header(headers: headers, colour: colour))
                for row in buffered { write(layout.line(shown(row), alignNumbers: true) + "\n") }
                buffered = []
                self.layout = layout
            }
        }
    }

    /// CSV reads each row where SQLite holds it: its cells' bytes straight into the line.
    public var readsStoredRows: Bool { format == .csv }

    public mutating func row(cells: StoredRow) throws {
        guard format == .csv else { return try row(cells.values) }
        defer { rowCount += 1 }
        var line: [UInt8] = []
        line.reserveCapacity(24 * cells.count)
        for column in 0..<cells.count {
            if column > 0 { line.append(UInt8(ascii: ",")) }
            switch cells.kind(column) {
            case .null: break
            case .integer: Self.appendDecimal(cells.integer(column), to: &line)
            case .text: cells.withText(column) { Self.appendCSVField($0, to: &line) }
            case .real, .blob: Self.appendCSVField(Self.text(cells.value(column)), to: &line)
            }
        }
        line.append(UInt8(ascii: "\n"))
        // Made a text once: bytes that are not UTF-8 (written around ejournal) become U+FFFD here,
        // as they do in a value's text; the quoting looked only at the ASCII bytes either way.
        write(String(decoding: line, as: UTF8.self))
    }

    /// The digits of a whole number, as `String(number)` writes them.
    static func appendDecimal(_ number: Int64, to line: inout [UInt8]) {
        if number < 0 { line.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        let start = line.count
        repeat {
            line.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        line[start...].reverse()
    }

    public mutating func end() throws {
        switch format {
        case .json:
            if nested {
                write(rowCount == 0 ? "]" : "\n  ]")
            } else {
                write(rowCount == 0 ? "]\n" : "\n]\n")
            }
        case .table:
            if layout != nil {
                let shown = maxRows.map { min($0, rowCount) } ?? rowCount
                write(TableLayout.footer(total: rowCount, shown: shown, in: language))
            } else {
                write(table())
            }
            layout = nil
        case .csv, .csvExcel, .markdown, .html, .xlsx: break
        }
        lastRowCount = rowCount
        buffered = []
    }

    /// The text of a value as the table, CSV and Markdown formats show it: NULL is empty.
    public static func text(_ value: CellValue) -> String {
        value.string
    }

    /// The rows held back, as one table with its header and the line under it.
    private mutating func table() -> String {
        guard !columns.isEmpty else { return "" }
        takeSeriesAxes(buffered)
        let cells = buffered.map(shown)
        let layout = TableLayout(columns: columns, rows: cells, numeric: numeric(buffered))
        var out = layout.header(headers: headers, colour: colour)
        for row in cells { out += layout.line(row, alignNumbers: true) + "\n" }
        out += TableLayout.footer(total: rowCount, shown: buffered.count, in: language)
        return out
    }

    /// The texts of a row as the reader's table or Markdown shows them.
    func shown(_ values: [CellValue]) -> [String] {
        values.enumerated().map { index, value in
            let kind = columnKinds.indices.contains(index) ? columnKinds[index] : nil
            if kind == .series, case .text(let text) = value, let series = Series(text) {
                return series.line(on: seriesAxes[index], in: language)
            }
            return language == .russian ? Self.russian(value, kind: kind) : Self.text(value)
        }
    }

    /// The common time line of each series column, from the rows a table is laid out by.
    private mutating func takeSeriesAxes(_ rows: [[CellValue]]) {
        seriesAxes = [:]
        for (index, kind) in columnKinds.enumerated() where kind == .series {
            seriesAxes[index] = Series.axis(
                rows.compactMap { row in
                    guard index < row.count, case .text(let text) = row[index] else { return nil }
                    return Series(text)
                })
        }
    }

    /// Which columns hold numbers (aligned to the right): those whose every value is one, unless
    /// they are shown as words (yes/no).
    private func numeric(_ rows: [[CellValue]]) -> [Bool] {
        columns.indices.map { index in
            let words = language == .russian && columnKinds.indices.contains(index) && columnKinds[index] == .bool
            return !words && !rows.isEmpty && rows.allSatisfy { $0[index].isNumber || $0[index] == .null }
        }
    }

    /// A value as a Russian reader expects it: `27.11.2026`, `27.11.2026 08:05`, `3,84`, `да`,
    /// a word of the language in Russian. Without a kind, a decimal is shown with a comma and a text
    /// that is exactly a date (or a date and a time) as a date.
    ///
    /// ```
    /// ResultPrinter.russian(.text("2026-11-27"), kind: nil)  // "27.11.2026"
    /// ResultPrinter.russian(.real(3.84), kind: .number)      // "3,84"
    /// ResultPrinter.russian(.integer(1), kind: .bool)        // "да"
    /// ```
    public static func russian(_ value: CellValue, kind: ColumnKind?) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return kind == .bool ? yesNo(number != 0) : String(number)
        case .real(let number): return kind == .bool ? yesNo(number != 0) : decimal(String(number))
        case .text(let text):
            switch kind {
            case nil, .date, .timestamp: return russianDate(text) ?? text
            case .bool:
                switch text.lowercased() {
                case "1", "true", "yes": return yesNo(true)
                case "0", "false", "no": return yesNo(false)
                default: return text
                }
            case .enumeration: return RussianWords.shown(text)
            case .series: return Series(text)?.line(in: .russian) ?? text
            case .text, .number: return text
            }
        }
    }

    private static func yesNo(_ value: Bool) -> String {
        RussianWords.shown(value ? "true" : "false")
    }

    /// A number's text with a decimal comma.
    static func decimal(_ text: String) -> String {
        Language.russian.decimal(text)
    }

    /// `2026-11-27` as `27.11.2026`, `2026-11-27 08:05` as `27.11.2026 08:05`; nil for any other text.
    static func russianDate(_ text: String) -> String? {
        let scalars = Array(text.utf8)
        guard scalars.count == 10 || scalars.count == 16 else { return nil }
        let digits = scalars.count == 10 ? [0, 1, 2, 3, 5, 6, 8, 9] : [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
        guard digits.allSatisfy({ (48...57).contains(scalars[$0]) }), scalars[4] == 45, scalars[7] == 45 else {
            return nil
        }
        if scalars.count == 16 && (scalars[10] != 32 || scalars[13] != 58) { return nil }
        return Language.russian.date(text)
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

    /// The bytes of a CSV field (`csvField`) added to a line.
    static func appendCSVField(_ text: String, to line: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendCSVField($0, to: &line) }
    }

    /// A field's bytes added to a line, quoted when they hold a comma, a quote or a line break.
    static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }) else {
            line.append(contentsOf: bytes)
            return
        }
        line.append(quote)
        for byte in bytes {
            if byte == quote { line.append(quote) }
            line.append(byte)
        }
        line.append(quote)
    }

    /// A CSV field: quoted when it holds a comma, a quote or a line break (`appendCSVField`'s rule).
    static func csvField(_ text: String) -> String {
        var line: [UInt8] = []
        appendCSVField(text, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// A value as Russian Excel reads it: a decimal comma, a date as `27.11.2026`, NULL empty.
    static func excel(_ value: CellValue, kind: ColumnKind?) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return decimal(String(number))
        case .text(let text):
            switch kind {
            case nil, .date, .timestamp: return russianDate(text) ?? text
            default: return text
            }
        }
    }

    /// A field of Excel's CSV: quoted when it holds a `;`, a quote or a line break.
    /// A text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-1+1`, `@SUM(…)`) is
    /// given a leading `'`, which Excel shows as nothing: a name typed into the journal cannot
    /// become a formula in the deputy's spreadsheet. Numbers stay numbers.
    static func inert(_ value: CellValue, _ text: String) -> String {
        guard case .text = value, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first)
        else { return text }
        return "'" + text
    }

    static func excelField(_ text: String) -> String {
        guard text.hasByte(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return text }
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
        // Most texts need no escape: found byte by byte, they are copied whole.
        guard text.hasByte(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
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

    /// - Parameters:
    ///   - rows: the texts of the cells, as they are shown.
    ///   - numeric: which columns hold numbers, aligned to the right.
    init(columns: [String], rows: [[String]], numeric: [Bool]) {
        self.columns = columns
        var widths = columns.map(ResultPrinter.displayWidth)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], ResultPrinter.displayWidth(cell))
            }
        }
        self.widths = widths
        self.numeric = numeric
    }

    func line(_ cells: [String], alignNumbers: Bool) -> String {
        cells.enumerated().map { index, cell in
            let pad = String(repeating: " ", count: max(0, widths[index] - ResultPrinter.displayWidth(cell)))
            return alignNumbers && numeric[index] ? pad + cell : cell + pad
        }.joinedText(separator: " | ")
    }

    func header(headers: Bool, colour: Bool) -> String {
        guard headers else { return "" }
        let title = line(columns, alignNumbers: false)
        return (colour ? "\u{1B}[1m" + title + "\u{1B}[0m" : title) + "\n"
            + widths.map { String(repeating: "-", count: $0) }.joinedText(separator: "-+-") + "\n"
    }

    /// The line under a table: `(5 rows)`, `(5 строк)`, and how many are not shown.
    static func footer(total: Int, shown: Int, in language: Language) -> String {
        let line =
            total > shown
            ? Message(ShellText.rowsNotShown, total, total - shown) : Message(ShellText.rows, total)
        return line.text(in: language) + "\n"
    }
}
