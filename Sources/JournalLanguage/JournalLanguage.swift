/// The journal's query language: lexer, parser, resolver and SQL generator.
///
/// The language arrives with its own issue; until then the shell passes raw SQL
/// through to the store, and this module only names the stage that will sit here.
public enum JournalLanguage {
    /// The version of the language's grammar described in `Grammar/`.
    public static let grammarVersion = 0
}
