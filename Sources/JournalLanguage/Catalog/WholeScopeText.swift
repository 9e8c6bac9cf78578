import JournalFoundation

/// The texts of `all(…)`, a function of a row over the query's whole scope. Words of the query
/// language inside them are `.keyword(…)` arguments; an example query in a hint is written out in
/// each language.
public enum WholeScopeText: String, MessageCatalog {
    case takesAFunction
    case example
    case notInAGroup
    case groupHint
}
