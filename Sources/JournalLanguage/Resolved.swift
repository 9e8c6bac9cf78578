import JournalFoundation
import JournalStore

/// The resolved query: every name looked up, every expression typed, every span
/// turned into dates. The SQL generator reads it; nothing here refers to text the
/// user typed except column titles.
public enum Resolved {
    /// What a value is, for type checks and for how it is compared and shown.
    public enum ValueType: Equatable, Sendable {
        case number
        case text
        case date
        case timestamp
        case bool
        /// One of a closed set of words (`kind`, `code`, `role`).
        case enumeration(name: String, values: [String])
        /// A person; compared by id, shown by full name.
        case person
        /// A subject; compared by code (with its courses), shown by name.
        case subject
        /// A class; compared and shown by name.
        case schoolClass
        /// A period grade: `2`…`5`, `н/а`, `осв`, `зач`, `незач`.
        case grade
        /// A row's numbers over weeks, months or days (`spark(marks(term 1) by week)`), shown as a
        /// sparkline: the text `2026-09-07=3.84 2026-09-14=4.1`, bucket by bucket.
        case series

        /// What a value is, in a message: "a number" (число).
        var described: Message {
            switch self {
            case .number: return Message(ResolverText.aNumber)
            case .text: return Message(ResolverText.aText)
            case .date: return Message(ResolverText.aDate)
            case .timestamp: return Message(ResolverText.aTimestamp)
            case .bool: return Message(ResolverText.aCondition)
            case .enumeration(let name, _):
                switch name {
                case "sex": return Message(ResolverText.aSex)
                case "kind of mark": return Message(ResolverText.aKindOfMark)
                case "absence code": return Message(ResolverText.anAbsenceCode)
                case "role": return Message(ResolverText.aRole)
                case "status": return Message(ResolverText.aStatus)
                case "exam": return Message(ResolverText.aStateExam)
                case "kind of order": return Message(ResolverText.aKindOfOrder)
                default: return Message(ResolverText.aValueOf, name)
                }
            case .person: return Message(ResolverText.aPerson)
            case .subject: return Message(ResolverText.aSubject)
            case .schoolClass: return Message(ResolverText.aClass)
            case .grade: return Message(ResolverText.aPeriodGrade)
            case .series: return Message(ResolverText.aSeries)
            }
        }

        /// Values of this kind, in a message: "numbers" (числа).
        var describedPlural: Message {
            switch self {
            case .number: return Message(ResolverText.numbers)
            case .text: return Message(ResolverText.texts)
            case .date: return Message(ResolverText.dates)
            case .timestamp: return Message(ResolverText.timestamps)
            case .bool: return Message(ResolverText.conditions)
            case .enumeration(let name, _):
                switch name {
                case "sex": return Message(ResolverText.sexes)
                case "kind of mark": return Message(ResolverText.kindsOfMark)
                case "absence code": return Message(ResolverText.absenceCodes)
                case "role": return Message(ResolverText.roles)
                case "status": return Message(ResolverText.statuses)
                case "exam": return Message(ResolverText.stateExams)
                case "kind of order": return Message(ResolverText.kindsOfOrder)
                default: return Message(ResolverText.valuesOf, name)
                }
            case .person: return Message(ResolverText.people)
            case .subject: return Message(ResolverText.subjects)
            case .schoolClass: return Message(ResolverText.classes)
            case .grade: return Message(ResolverText.periodGrades)
            case .series: return Message(ResolverText.series)
            }
        }

        /// How the shell shows a value of this kind (да/нет, 27.11.2026, 3,84).
        var columnKind: ColumnKind {
            switch self {
            case .number: return .number
            case .date: return .date
            case .timestamp: return .timestamp
            case .bool: return .bool
            case .enumeration: return .enumeration
            case .series: return .series
            case .text, .person, .subject, .schoolClass, .grade: return .text
            }
        }
    }

    /// The sources of rows.
    public enum Source: String, Sendable, CaseIterable {
        case students, teachers, staff, parents, classes, subjects, lessons, marks, absences, grades, visits,
            corrections, remarks, changes
        /// Failed log-ins (R15): the login as typed and when; the director's and deputies' to read.
        case failedLogins = "failed_logins"
        /// Credentials re-issued to an account whose holder had chosen their own password: whose,
        /// by whom, when (the director's and deputies' to read).
        case reissues
        /// The school's planning (`SourceSchema+Plan.swift`): the teaching load, the timetable, the
        /// thematic plan, the groups of the classes and the study periods.
        case load, timetable, plan, groups, periods
        /// The school's records (`SourceSchema+Records.swift`): state exam results (R29), each
        /// student's enrolments (their class history), the log-in accounts (never a password's
        /// hash) and the backups made (R6).
        case exams, enrolment, accounts, backups
        /// The director's orders: of promotion (R5), and of each move and withdrawal made by one (R1).
        case orders

        /// Sources whose rows are people or groups of students, whose functions take a span.
        var ownsMeasures: Bool {
            switch self {
            case .students, .teachers, .staff, .parents, .classes, .subjects: return true
            default: return false
            }
        }
    }

    /// A field of a source's rows.
    public struct Field: Equatable, Sendable {
        public let name: String
        public let type: ValueType
        /// The SQL of the value as shown.
        public let sql: String
        /// The SQL of the value as compared (an id, a code), when it differs from what is shown.
        public let keySQL: String?
        /// The kind of data it is, when it is more private than the rest of its source's rows
        /// (a student's birth date among their names).
        public var family: DataFamily? = nil
        /// Where what is shown is a name looked up by the key (a person's, a subject's): the table
        /// the generator joins once for a query's rows, not a subquery a row.
        public var lookup: Lookup? = nil

        /// A name's table, its key column and the row's key (`staff`, `id`, `l.teacher`).
        public struct Lookup: Equatable, Sendable {
            public let table: String
            public let key: String
            public let id: String
        }

        /// The same field, as the students' personal data (R8).
        func personal() -> Field {
            var field = self
            field.family = .personal
            return field
        }
    }

    /// A range of days, both ends included; for `term N` it depends on the class's scheme.
    public struct DateRange: Equatable, Sendable {
        public var from: String
        public var to: String
    }

    public struct Span: Equatable, Sendable {
        /// The dates per scheme of periods (`quarter`, `half`, …); `nil` key: the same for every scheme.
        public var ranges: [String: DateRange]
        /// The range that applies to every scheme, when the span does not depend on it.
        public var common: DateRange?
        /// The period grade key (`"1"`, `"year"`) when the span is a whole period.
        public var periodKey: String?
        /// The scheme the period belongs to (`quarter 2`), or nil for `term N` and `year`.
        public var periodScheme: String?
        /// As the reader says it, for messages and titles: `term 2` (период 2).
        public var text: Message

        func range(scheme: String) -> DateRange? {
            common ?? ranges[scheme]
        }
    }

    /// What a scope names.
    public struct Scope: Equatable, Sendable {
        public var classIDs: [Int] = []
        public var groupIDs: [Int] = []
        public var studentIDs: [String] = []
        /// Every class the scope keeps to: named, or of a named group or student.
        public var covered: [Int] = []
        /// Students belong to the scope's classes by their enrolment history (a past year's classes).
        public var byEnrolment = false
        /// For whole classes of one scheme of periods: the classes their students were ever enrolled
        /// in, read with the catalog, so that a student's marks are read from those classes' lessons
        /// without looking the enrolment up in every query (nil: looked up in the query).
        public var enrolled: Enrolment? = nil
    }

    /// The classes a scope's students were ever enrolled in, each once, and the one scheme of periods
    /// of the scope's classes.
    public struct Enrolment: Equatable, Sendable {
        public var classes: [Int]
        public var scheme: String
    }

    /// A set of rows related to the owner of a measure (a student, a class, a teacher, …).
    public enum SetKind: String, Sendable {
        case marks, absences, lates, visits, lessons, students, topics, homework
    }

    public enum Aggregate: String, Sendable {
        case avg, count, min, max, list, sum
        /// The percent of the group's rows for which a condition holds.
        case share
        /// The middle value (the mean of the two middle ones of an even count), and the sample
        /// standard deviation (n − 1, as Excel's STDEV.S / СТАНДОТКЛОН.В; empty for fewer than two).
        case median, stddev
    }

    /// A period-grade measure of `regulation.md`.
    public enum GradeMeasure: String, Sendable, CaseIterable {
        case quality, pass_rate, sou, n5, n4, n3, n2, n_na
    }

    /// A question about the rows related to the owning row.
    public struct Measure: Equatable, Sendable {
        public var set: SetKind
        /// The subject codes (with courses) the set is limited to; nil for every subject.
        public var subjects: [String]?
        public var span: Span?
        public var aggregate: Aggregate
        /// The buckets of a series (`week`, `month`, `date`): the aggregate bucket by bucket, for a
        /// sparkline; nil for one number.
        public var buckets: String? = nil
        /// A condition on the set's rows, in the terms of their source (`filterSource`): only the
        /// rows for which it holds are read (`count(marks(term 1) where late)`).
        public var filter: Expression? = nil

        /// The source whose fields a filter of the set is written in: marks, absences or lessons.
        public var filterSource: Source? {
            switch set {
            case .marks: return .marks
            case .absences, .lates: return .absences
            case .lessons, .topics, .homework: return .lessons
            case .visits, .students: return nil
            }
        }
    }

    /// An aggregate over the rows a link names from the owning row (`sum(load.hours)` of a teacher,
    /// `count(parents)` of a student), which keep to the query's scope.
    public struct Linked: Equatable, Sendable {
        /// The source of the owning rows, and the link's name among its links.
        public var owner: Source
        public var link: String
        public var aggregate: Aggregate
        /// A field or function of the linked rows, in their source's terms; nil: the rows are counted.
        public var value: Expression?
        /// The span the linked rows keep to, when they have dates (the plan's, the timetable's).
        public var span: Span?
    }

    public indirect enum Expression: Equatable, Sendable {
        case number(Double)
        case text(String)
        case date(String)
        case bool(Bool)
        case field(Field)
        /// A field compared by key against a list of keys (`subject = math` includes its courses).
        case keyIn(Field, [String])
        case measure(Measure)
        /// A student's period grade in one subject and period.
        case grade(subject: String, span: Span)
        case gradeMeasure(GradeMeasure, subjects: [String]?, span: Span)
        /// An aggregate over the rows of a `by` group; nil argument: the rows' count.
        case groupAggregate(Aggregate, Expression?)
        case unary(String, Expression)
        case binary(String, Expression, Expression)
        case isEmpty(Expression, negated: Bool)
        /// A period grade as a number (`2`…`5`; `н/а` counts as 1, the others as nothing).
        case numericGrade(Expression)
        /// The date part of a date and time.
        case dateOf(Expression)
        /// A part of a date: `month` (1–12), `weekday` (1 Monday … 7 Sunday), `week` (its Monday).
        case datePart(String, Expression)
        /// An aggregate over the linked rows: its value is in the linked source's terms, not a child.
        case linked(Linked)
        /// A value of the rows for which a condition holds, empty for the others: what an aggregate
        /// with a filter reads (`avg(value where kind = control)`).
        case filtered(Expression, condition: Expression)
        /// A function of a row over the query's whole scope (`all(marks(term 1))`): the one-row,
        /// one-column query of the same source, scope and span, pooled, whatever the row.
        case wholeScope(Query)
    }

    /// A column of the result: its title and its value.
    public struct Column: Equatable, Sendable {
        public var title: String
        public var expression: Expression
        public var type: ValueType
        /// Rounding when shown: 2 decimals for averages, 1 for percentages.
        public var decimals: Int?
        /// The header in the reader's language of a column the user did not type (a source's natural
        /// columns, the count of a group); nil: the title as typed.
        public var header: Message? = nil
    }

    public struct OrderItem: Equatable, Sendable {
        public var expression: Expression
        public var descending: Bool
    }

    public struct Query: Equatable, Sendable {
        public var source: Source
        public var scope: Scope?
        public var span: Span?
        public var condition: Expression?
        public var groups: [Column]
        public var columns: [Column]
        public var order: [OrderItem]
        public var limit: Int?
        /// The past school year the query reads (`during year 2026/2027`); nil for the current one.
        public var pastYear: String? = nil
        /// What the result leaves out though the query names it, said under the result.
        public var notes: [Message] = []
        /// The whole result summed up in one row: `count()` and aggregates with no `by`.
        public var summarized = false
        /// The `by` dimension (`teacher`, `subject`, `class`) whose every member the scope knows is
        /// listed, those with no rows with 0 (`marks in 7А during last 2 weeks by teacher show teacher,
        /// count()`); nil: the groups that have rows.
        public var padded: String? = nil
        /// What to say under the result when it lists members with no rows.
        public var paddedNote: Message? = nil
    }
}

extension Resolved.Expression {
    /// The expressions directly inside this one, for the walks over a query (what it reads, which
    /// functions repeat).
    var children: [Resolved.Expression] {
        switch self {
        case .groupAggregate(_, let inner): return inner.map { [$0] } ?? []
        case .unary(_, let inner), .isEmpty(let inner, _), .numericGrade(let inner), .dateOf(let inner),
            .datePart(_, let inner):
            return [inner]
        case .binary(_, let left, let right): return [left, right]
        case .filtered(let value, let condition): return [value, condition]
        case .number, .text, .date, .bool, .field, .keyIn, .measure, .grade, .gradeMeasure, .linked, .wholeScope:
            return []
        }
    }
}
