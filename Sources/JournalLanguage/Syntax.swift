import JournalFoundation

/// The syntax tree: what the parser makes of a statement, before any name is looked up.
public enum Syntax {
    /// A statement of the language.
    public enum Statement: Equatable, Sendable {
        case query(Query)
        /// `explain QUERY` (the SQL) or `explain query plan QUERY` (SQLite's plan); a report too.
        indirect case explain(Statement, plan: Bool)
        case report(Report)
        /// `diary [STUDENT] [SPAN]`: one student's lessons, marks and absences, day by day.
        case diary(Diary)
        /// `backup to "PATH", "PATH"`: copies of the journal onto media (R6).
        case backup([String], SourceSpan)
        /// `restore from "PATH"`: the journal replaced by a verified copy.
        case restore(String, SourceSpan)
        /// `backup status`: whether this year's backup onto two media is made.
        case backupStatus
        /// `check journal` (R4): the store, its rules, the change trail, backups and the disk checked.
        case checkJournal(SourceSpan)
        /// `close year 2026/2027 [force "reason"]` (R5).
        case closeYear(String, force: String?, SourceSpan)
        /// A writing statement (`mark 7А alg 2026-11-20 lesson 3: Иванов 5`).
        case write(Write)
        /// `issue credentials for staff, 7А, T005`: log-ins for users (R3, R7).
        case issueCredentials([ScopeItem], SourceSpan)

        /// Whether the statement changes nothing in the journal (a query, a report, a check).
        var onlyReads: Bool {
            switch self {
            case .query, .explain, .report, .diary, .backupStatus, .checkJournal: return true
            case .backup, .restore, .closeYear, .write, .issueCredentials: return false
            }
        }
    }

    /// `SOURCE [in SCOPE] [during SPAN] [where CONDITION] [by …] [show …] [order by …] [limit N]`.
    public struct Query: Equatable, Sendable {
        public var source: Word
        public var scope: [ScopeItem] = []
        public var during: TimeSpan?
        public var condition: Expression?
        public var groups: [Item] = []
        public var shows: [Item] = []
        public var order: [OrderItem] = []
        public var limit: (value: Int, span: SourceSpan)?
        /// Where the word `chart` (`диаграмма`) ends the query: the rows are drawn as bars.
        public var chart: SourceSpan?
        public var span: SourceSpan

        public static func == (a: Query, b: Query) -> Bool {
            a.source == b.source && a.scope == b.scope && a.during == b.during && a.condition == b.condition
                && a.groups == b.groups && a.shows == b.shows && a.order == b.order
                && a.limit?.value == b.limit?.value && a.chart == b.chart && a.span == b.span
        }
    }

    /// One of the built-in reports, with its scope and span.
    public struct Report: Equatable, Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case audit
            case checkDensity = "check density"
            case report
            case forecast
        }

        public var kind: Kind
        public var scope: [ScopeItem]
        public var during: TimeSpan?
        public var span: SourceSpan
    }

    /// A word as typed, with where it stands.
    public struct Word: Equatable, Sendable {
        public var text: String
        public var span: SourceSpan
        /// The word as keywords, fields and functions are matched: the English word a Russian one
        /// stands for (`фио` is `name`), else the text in lower case.
        public var key: String

        /// Every English word this one can stand for, `key` first: `код` is `id`, or `code` for a
        /// source with no `id`.
        public var readings: [String] {
            [key] + RussianWords.readings(of: text).filter { $0 != key }
        }

        public init(text: String, span: SourceSpan, key: String? = nil) {
            self.text = text
            self.span = span
            self.key = key ?? Token.key(of: text)
        }
    }

    /// A class (`7А`), a grade (`7`), a group (`7А-eng-1`), or a person named in the scope.
    public struct ScopeItem: Equatable, Sendable {
        public var text: String
        public var isNumber: Bool
        public var span: SourceSpan
    }

    /// A range of days as the user says it.
    public struct TimeSpan: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// `term N` (the class's own scheme), `quarter N`, `half N`, `trimester N`.
            case period(scheme: String?, number: Int)
            case year
            /// `year 2026/2027`: a school year by name, a past one included.
            case schoolYear(String)
            case today
            case yesterday
            case thisWeek
            case lastWeek
            case lastDays(Int)
            case since(String)
            case between(String, String)
            case on(String)
        }

        public var kind: Kind
        public var span: SourceSpan
    }

    /// An expression of a condition, a `show`, `by` or `order by` item.
    public indirect enum Expression: Equatable, Sendable {
        case number(Double, isInteger: Bool, SourceSpan)
        case text(String, SourceSpan)
        case date(String, SourceSpan)
        /// A bare word: a field (`name`), a value (`control`), a subject (`math`), a surname.
        case word(Word)
        /// A class or group name (`7А`) used as a value.
        case className(Word)
        /// `f(arg, …)`: a function or aggregate.
        case call(Word, [Argument], SourceSpan)
        case unary(String, Expression, SourceSpan)
        case binary(String, Expression, Expression, SourceSpan)
        /// `x is empty`, `x is not empty`.
        case isEmpty(Expression, negated: Bool, SourceSpan)
        /// `load.hours`, `children.marks(term 1)`: a field or function of the rows a link names, read
        /// inside an aggregate (`sum(load.hours)`).
        case linked(Word, Expression, SourceSpan)

        public var span: SourceSpan {
            switch self {
            case .number(_, _, let span), .text(_, let span), .date(_, let span): return span
            case .word(let word), .className(let word): return word.span
            case .call(_, _, let span), .unary(_, _, let span), .binary(_, _, _, let span): return span
            case .isEmpty(_, _, let span), .linked(_, _, let span): return span
            }
        }
    }

    /// An argument of a function: a time span, an expression (a subject, a nested call), or the
    /// buckets of a series (`by week` in `spark(marks(term 1) by week)`).
    public enum Argument: Equatable, Sendable {
        case span(TimeSpan)
        case expression(Expression)
        /// `by WORD`: the word, and the span from `by` to it.
        case buckets(Word, SourceSpan)
        /// `where CONDITION` after a function's set or an aggregate's value (`count(marks(term 1)
        /// where late)`, `avg(value where kind = control)`): the condition, and the span from `where`.
        case filter(Expression, SourceSpan)

        public var span: SourceSpan {
            switch self {
            case .span(let timeSpan): return timeSpan.span
            case .expression(let expression): return expression.span
            case .buckets(_, let span), .filter(_, let span): return span
            }
        }
    }

    /// A `show` or `by` item: an expression, named by its text as typed.
    public struct Item: Equatable, Sendable {
        public var expression: Expression
        public var text: String
    }

    public struct OrderItem: Equatable, Sendable {
        public var expression: Expression
        public var descending: Bool
    }
}
