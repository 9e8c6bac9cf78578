import JournalFoundation

/// The spellings of SQL that are the engine's own: the one seam between the statements the
/// language compiles to (queries, the sources' fields, reports, the diary) and the database that
/// runs them.
///
/// What belongs behind it: every function, operator and clause that the engine spells its own
/// way or that another engine lacks — text concatenation and aggregation, rounding, real
/// division, dates (which the store keeps as `YYYY-MM-DD` text and times as `YYYY-MM-DD HH:MM`),
/// JSON, the row's own id, the order of empty values, parameters, and the hints that steer the
/// engine's planner. What does not: the schema's names and aliases, and the SQL every engine
/// reads alike (`CASE`, `EXISTS`, `IN`, `coalesce`, `NULLIF`, `count`/`sum`/`avg`/`min`/`max` of a
/// group, `CAST` of a number, `WITH … AS MATERIALIZED`, `LIMIT`).
///
/// Each method takes pieces of SQL and returns one; none binds a value. A second engine is one more
/// implementation, run through the same golden tests:
///
/// ```
/// let sql = SQLGenerator.generate(resolved, dialect: SQLiteDialect())
/// ```
public protocol SQLDialect: Sendable {
    /// The `number`th parameter (from 1), so that a piece of SQL used twice binds the same value.
    func parameter(_ number: Int) -> String
    /// The parts joined as text; empty (NULL) when any part is.
    func concat(_ parts: [String]) -> String
    /// The group's values as one text, `separator` between them (NULLs left out).
    func groupConcat(_ value: String, separator: String) -> String
    /// Whether `value` matches a glob pattern (`[2-5]`: one of the digits 2 to 5).
    func matches(_ value: String, glob pattern: String) -> String
    /// `value` rounded to `places` decimals.
    func round(_ value: String, places: Int) -> String
    /// `value` as a floating-point number, so that dividing it does not divide integers.
    func real(_ value: String) -> String
    /// The integer a text starts with (`10` of the class `10А`).
    func leadingInteger(_ text: String) -> String
    /// The sum of a group's values as a floating-point number: 0 when there are none.
    func sumOrZero(_ value: String) -> String
    /// The square root of a number (SQLite's math functions, which its builds may leave out).
    func squareRoot(_ value: String) -> String
    /// The larger of two values.
    func greatest(_ a: String, _ b: String) -> String
    /// The smaller of two values.
    func least(_ a: String, _ b: String) -> String
    /// The date of a time (`2026-11-27` of `2026-11-27 09:15`).
    func day(of time: String) -> String
    /// The month of a date as `YYYY-MM`.
    func yearMonth(of date: String) -> String
    /// The month of a date as a number, 1 to 12.
    func month(of date: String) -> String
    /// The weekday of a date as a number, 1 Monday to 7 Sunday.
    func weekday(of date: String) -> String
    /// The Monday of a date's week, as a date.
    func weekStart(of date: String) -> String
    /// Whole days from the date `earlier` to the date `later`.
    func daysBetween(_ earlier: String, _ later: String) -> String
    /// The date `days` days after the date `date`, as a date.
    func adding(days: Int, to date: String) -> String
    /// The value of a key of a JSON object held as text.
    func jsonField(_ document: String, key: String) -> String
    /// The engine's own id of a row of the table `alias` (nil: of the one table in the FROM), which
    /// follows the order the rows were added in.
    func rowID(of alias: String?) -> String
    /// A column as a value its indexes do not serve, so the planner starts from another index.
    func noIndex(_ column: String) -> String
    /// The join whose tables the planner takes in the order written.
    var orderedJoin: String { get }
    /// An `ORDER BY` key whose empty values come last, whichever the direction.
    func nullsLast(_ key: String, descending: Bool) -> String
}

/// SQLite's spellings: the journal's store.
public struct SQLiteDialect: SQLDialect {
    public init() {}

    public func parameter(_ number: Int) -> String { "?\(number)" }

    public func concat(_ parts: [String]) -> String { parts.joinedText(separator: " || ") }

    public func groupConcat(_ value: String, separator: String) -> String {
        "group_concat(\(value), \(Self.literal(separator)))"
    }

    public func matches(_ value: String, glob pattern: String) -> String { "\(value) GLOB \(Self.literal(pattern))" }

    public func round(_ value: String, places: Int) -> String { "round(\(value), \(places))" }

    public func real(_ value: String) -> String { "CAST(\(value) AS REAL)" }

    /// SQLite's CAST reads the digits a text starts with and ignores the rest.
    public func leadingInteger(_ text: String) -> String { "CAST(\(text) AS INTEGER)" }

    public func sumOrZero(_ value: String) -> String { "total(\(value))" }

    public func squareRoot(_ value: String) -> String { "sqrt(\(value))" }

    public func greatest(_ a: String, _ b: String) -> String { "max(\(a), \(b))" }

    public func least(_ a: String, _ b: String) -> String { "min(\(a), \(b))" }

    public func day(of time: String) -> String { "substr(\(time), 1, 10)" }

    public func yearMonth(of date: String) -> String { "substr(\(date), 1, 7)" }

    public func month(of date: String) -> String { "CAST(strftime('%m', \(date)) AS INTEGER)" }

    /// `%w` counts from Sunday, 0.
    public func weekday(of date: String) -> String { "((CAST(strftime('%w', \(date)) AS INTEGER) + 6) % 7 + 1)" }

    /// The next Sunday on or after the date (the date itself when it is one), 6 days back.
    public func weekStart(of date: String) -> String { "date(\(date), 'weekday 0', '-6 days')" }

    public func daysBetween(_ earlier: String, _ later: String) -> String {
        "CAST(julianday(\(later)) - julianday(\(earlier)) AS INTEGER)"
    }

    public func adding(days: Int, to date: String) -> String { "date(\(date), '+\(days) days')" }

    public func jsonField(_ document: String, key: String) -> String {
        "json_extract(\(document), \(Self.literal("$." + key)))"
    }

    public func rowID(of alias: String?) -> String { alias.map { "\($0).rowid" } ?? "rowid" }

    /// The unary `+`: the value is the column's, but no index of the column serves it.
    public func noIndex(_ column: String) -> String { "+" + column }

    /// SQLite's planner never reorders the tables of a CROSS JOIN.
    public var orderedJoin: String { "CROSS JOIN" }

    public func nullsLast(_ key: String, descending: Bool) -> String {
        key + (descending ? " DESC" : "") + " NULLS LAST"
    }

    /// A text constant of the language's own (a separator, a pattern), quoted.
    private static func literal(_ text: String) -> String { sqlQuoted(text, mark: "'") }
}

/// `text` between two `mark`s, each mark inside it doubled: an SQL name in double quotes, a text in
/// single ones. Foundation's replacingOccurrences goes through NSString: only a text that holds the
/// mark pays for it.
func sqlQuoted(_ text: String, mark: Character) -> String {
    let quote = String(mark)
    let byte = mark.asciiValue ?? 0
    return text.hasByte(where: { $0 == byte })
        ? quote + text.replacingOccurrences(of: quote, with: quote + quote) + quote : quote + text + quote
}
