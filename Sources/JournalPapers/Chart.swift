import JournalFoundation

/// A result drawn in the terminal: bars of Unicode blocks, one a row, with the number beside
/// each; or a sparkline of a series of numbers.
///
/// ```
/// 5 │████████████████████████▏ 345
/// 4 │██████████████████████████████ 429
/// ```
public enum Chart {
    /// The eighths of a block, for bars that end between two cells.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Bars for a table whose first column labels the rows and whose last numeric column gives
    /// the lengths; nil (with the reason) when the table has no number to draw.
    public static func bars(
        _ table: PaperTable, width: Int, language: Language = .current
    ) -> Result<String, ChartRefusal> {
        guard let valueColumn = table.columns.indices.last(where: { table.kind(of: $0) == .number }) else {
            return .failure(.noNumber)
        }
        let labelColumns = table.columns.indices.filter { $0 != valueColumn }
        guard !labelColumns.isEmpty else { return .failure(.noLabel) }
        let rows: [(label: String, value: Double?)] = table.rows.map { row in
            let label = labelColumns.map { row.indices.contains($0) ? text(row[$0], in: language) : "" }
                .joinedText(separator: " ")
            return (label, number(row.indices.contains(valueColumn) ? row[valueColumn] : .null))
        }
        let values = rows.compactMap(\.value)
        let largest = max(values.map { abs($0) }.max() ?? 0, 0.000_001)
        let labelWidth = min(30, rows.map { $0.label.count }.max() ?? 0)
        let numbers = rows.map { row in row.value.map { format($0, in: language) } ?? "" }
        let numberWidth = numbers.map(\.count).max() ?? 0
        // label │bars number: what is left of the width is the longest bar's.
        let barWidth = max(10, width - labelWidth - numberWidth - 4)
        var out = "\(table.columns[valueColumn])\n"
        for (index, row) in rows.enumerated() {
            let label = String(row.label.prefix(labelWidth))
            out += label + String(repeating: " ", count: labelWidth - label.count) + " │"
            if let value = row.value {
                out += bar(abs(value) / largest * Double(barWidth)) + " " + numbers[index]
            }
            out += "\n"
        }
        return .success(out)
    }

    /// Why a result of these columns cannot be drawn, known before it runs: no column of numbers,
    /// or nothing else to name the bars; nil when it can be drawn (or what the columns hold is not known).
    public static func refusal(columns: [String], kinds: [ColumnKind]) -> ChartRefusal? {
        guard !kinds.isEmpty, kinds.count == columns.count else { return nil }
        guard kinds.contains(.number) else { return .noNumber }
        guard columns.count > 1 else { return .noLabel }
        return nil
    }

    /// A bar `length` cells long, to an eighth of a cell.
    static func bar(_ length: Double) -> String {
        let eighthsLong = Int((length * 8).rounded())
        var out = String(repeating: "█", count: eighthsLong / 8)
        if eighthsLong % 8 > 0 { out.append(eighths[eighthsLong % 8 - 1]) }
        if out.isEmpty && length > 0 { out = "▏" }
        return out
    }

    /// A series as one line of blocks, lowest to highest (`▁▃▅█`); an empty value is a space.
    public static func sparkline(_ values: [Double?]) -> String {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: values.count)
        }
        return String(
            values.map { value -> Character in
                guard let value else { return " " }
                if high == low { return levels[levels.count / 2] }
                return levels[Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded())]
            })
    }

    static func number(_ value: CellValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .real(let number): return number
        case .text(let text): return Double(text)
        case .null: return nil
        }
    }

    static func text(_ value: CellValue, in language: Language = .current) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return format(number, in: language)
        case .text(let text): return CellFormat.date(text, in: language)
        }
    }

    /// A number as a chart shows it: to two decimals at most (`21.4`, `3.85`, `4`).
    static func format(_ number: Double, in language: Language = .current) -> String {
        var text =
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(format: "%.2f", number)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return language.decimal(text)
    }
}

/// Why a result cannot be drawn.
public enum ChartRefusal: Error, Equatable {
    /// No column holds numbers.
    case noNumber
    /// Nothing names the bars.
    case noLabel

    public var message: Message {
        switch self {
        case .noNumber: return Message(PaperText.chartNeedsANumber)
        case .noLabel: return Message(PaperText.chartNeedsALabel)
        }
    }
}
