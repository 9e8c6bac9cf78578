import JournalFoundation

/// The texts of the analyst's vocabulary: the median and the standard deviation, a filter inside a
/// function, and the rows a count by a listed dimension adds. Words of the query language inside
/// them are `.keyword(…)` arguments; an example query in a hint is written out in each language.
public enum AnalystText: String, MessageCatalog {
    case medianOfAGroup
    case medianOfAGroupHint
    case filterNotHere
    case filterExamples
    case oneFilter
    case notePaddedTeachers
    case notePaddedSubjects
    case notePaddedClasses
    case theSchool
}
