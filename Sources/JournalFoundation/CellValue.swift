/// One value of a result row, as the store hands it to the shell.
public enum CellValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The value as text: a number written out, NULL empty (as CSV and the table show it).
    public var string: String {
        switch self {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text): return text
        }
    }

    /// Whether the value is a number, which a table aligns to the right.
    public var isNumber: Bool {
        switch self {
        case .integer, .real: return true
        default: return false
        }
    }
}

/// What a result column holds, for showing it as its reader expects (да/нет, 27.11.2026, 3,84).
public enum ColumnKind: Equatable, Sendable {
    case text
    case number
    case date
    case timestamp
    case bool
    /// A word of a closed set (a kind of mark, an attendance code), shown in the reader's language.
    case enumeration
    /// A row's series (`2026-09-07=3.84 2026-09-14=4.1`), shown as a sparkline.
    case series
}
