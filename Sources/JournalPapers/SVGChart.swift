import Foundation
import JournalFoundation

/// Bar charts as inline SVG, for pages: the same bars as the terminal's `Chart`.
enum SVGChart {
    /// Horizontal bars for a table with labels and a number, or nil when it has none.
    static func bars(_ table: PaperTable, language: Language = .current) -> String? {
        guard let valueColumn = table.columns.indices.last(where: { table.kind(of: $0) == .number }),
            table.columns.count > 1, !table.rows.isEmpty, table.rows.count <= 60
        else { return nil }
        let labels = table.rows.map { row in
            row.indices.filter { $0 != valueColumn }.map { Chart.text(row[$0], in: language) }.joinedText(
                separator: " ")
        }
        let values = table.rows.map { $0.indices.contains(valueColumn) ? Chart.number($0[valueColumn]) : nil }
        let largest = max(values.compactMap { $0.map(abs) }.max() ?? 0, 0.000_001)
        let rowHeight = 18
        let labelWidth = 160
        let barWidth = 440
        let height = rowHeight * table.rows.count + 24
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\" "
            + "role=\"img\" aria-label=\"\(escape(table.columns[valueColumn]))\">"
        svg +=
            "<text x=\"0\" y=\"14\" font-size=\"12\" font-weight=\"bold\">\(escape(table.columns[valueColumn]))</text>"
        for (index, label) in labels.enumerated() {
            let y = 24 + index * rowHeight
            svg +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" font-size=\"11\" text-anchor=\"end\">"
                + escape(String(label.prefix(28))) + "</text>"
            guard let value = values[index] else { continue }
            let width = Int((abs(value) / largest * Double(barWidth)).rounded())
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 5)\" fill=\"#4a6fa5\"/>"
            svg +=
                "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 13)\" font-size=\"11\">\(escape(Chart.format(value, in: language)))</text>"
        }
        return svg + "</svg>"
    }

    /// Text made safe inside SVG's elements and attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
