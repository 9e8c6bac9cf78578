// The English texts of `AnalystText`. Every text is here and in `AnalystText+Russian.swift`.

extension AnalystText {
    public var english: String {
        switch self {
        case .medianOfAGroup:
            "{1}({2}(…)) over a {3} group is not made of its rows' own medians: it is not pooled"
        case .filterNotHere:
            "\"{1}\" inside {2}(…) cannot apply: a filter keeps the marks, absences, lates or lessons of a set, or the rows of a group"
        case .filterExamples:
            "e.g. teachers show name, count(marks(term 1) where late), or marks during term 1 by subject show subject, avg(value where kind = control)"
        case .notePaddedTeachers: "every teacher of {1}'s load is listed: 0 where none of these rows are theirs"
        case .notePaddedSubjects: "every subject of {1}'s load is listed: 0 where none of these rows are of it"
        case .notePaddedClasses: "every class of {1} is listed: 0 where none of these rows are of it"
        case .theSchool: "the school"
        case .oneFilter: "a function takes one \"{1}\": join the conditions with and"
        case .medianOfAGroupHint:
            "ask the marks themselves: marks in 7А during term 1 by subject show subject, median(value)"
        }
    }
}
