// The English texts of `AnalystText`. Every text is here and in `AnalystText+Russian.swift`.

extension AnalystText {
    public var english: String {
        switch self {
        case .medianOfAGroup:
            "{1}({2}(…)) over a {3} group is not made of its rows' own medians: it is not pooled"
        case .medianOfAGroupHint:
            "ask the marks themselves: marks in 7А during term 1 by subject show subject, median(value)"
        }
    }
}
