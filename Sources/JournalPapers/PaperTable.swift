import JournalFoundation

/// One table of a result as papers take it: a title (a report's table has one), the columns'
/// titles and what they hold, and the rows.
public struct PaperTable: Equatable, Sendable {
    public var title: String?
    public var columns: [String]
    /// What each column holds, in the order of `columns`; shorter (or empty) when not known,
    /// and then read off the values.
    public var kinds: [ColumnKind]
    public var rows: [[CellValue]]
    /// Whether a page draws the table's bars beside it (a query that ends with `chart`).
    public var chart: Bool

    public init(
        title: String? = nil, columns: [String], kinds: [ColumnKind] = [], rows: [[CellValue]], chart: Bool = false
    ) {
        self.title = title
        self.columns = columns
        self.kinds = kinds
        self.rows = rows
        self.chart = chart
    }

    /// What column `index` holds: as declared, else a date when every value is one, a number when
    /// every value is one, else text.
    public func kind(of index: Int) -> ColumnKind {
        if index < kinds.count { return kinds[index] }
        let values = rows.lazy.map { $0.indices.contains(index) ? $0[index] : .null }.filter { $0 != .null }
        if values.isEmpty { return .text }
        if values.allSatisfy(\.isNumber) { return .number }
        if values.allSatisfy({ if case .text(let text) = $0 { return CivilDate(text) != nil } else { return false } }) {
            return .date
        }
        return .text
    }
}
