// The English texts of this module. Every text of `FoundationText` is here and in `Russian.swift`.

extension FoundationText {
    public var english: String {
        switch self {
        case .error: "error"
        case .hint: "hint"
        case .warning: "warning"
        case .note: "note"
        case .didYouMean: "did you mean {1}?"
        case .quoted: "\"{1}\""
        case .or: " or "
        }
    }
}
