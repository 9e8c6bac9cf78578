/// One value of a result row, as the store hands it to the shell.
public enum CellValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// Whether the value is a number, which a table aligns to the right.
    public var isNumber: Bool {
        switch self {
        case .integer, .real: return true
        default: return false
        }
    }
}
