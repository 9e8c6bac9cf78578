// The English texts of `WholeScopeText`. Every text is here and in `WholeScopeText+Russian.swift`.

extension WholeScopeText {
    public var english: String {
        switch self {
        case .takesAFunction:
            "{1}(…) takes one function of a row (marks, absences, lates, lessons, topics, homework), or an aggregate of one"
        case .example:
            "e.g. teachers in 7А show name, marks(term 1), all(marks(term 1)): each teacher's average in 7А against 7А's from every teacher"
        case .notInAGroup: "{1}(…) is a value beside each row's own, and these rows are pooled already"
        case .groupHint: "a query without {1} and count() shows all(…) beside each row"
        }
    }
}
