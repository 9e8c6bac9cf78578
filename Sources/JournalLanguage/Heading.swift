import JournalFoundation
import JournalStore

/// What a statement is about, for the header of a printed page: what it is, the one class it
/// names (when it names one) and the one period (when it names one).
///
/// ```
/// let entries = try Compiler.compileWithHeadings("report 7А term 1", catalog: catalog, today: today)
/// entries[0].heading.className     // "7А"
/// entries[0].heading.period        // term 1 (период 1)
/// ```
public struct StatementHeading: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case query
        case report(Syntax.Report.Kind)
        case diary
        case credentials
        /// A statement that prints no table: a write, a backup, `check journal`, `explain`.
        case other
    }

    public var kind: Kind
    /// What the statement is called: a report's name (ведомость), `diary`, a query as typed.
    public var title: Message
    /// The one class the statement is about: of its scope, of the diary's student, of the
    /// credentials' class.
    public var classID: Int?
    /// The one period the statement names (`term 1`, `year`), or the report's current period.
    public var period: Message?
    /// For a class report: how many marks of each value its classes have over its period, the
    /// page's picture (`marks in 7А during term 1 by value show value, count()`).
    public var marksByValue: SQLQuery?

    public init(
        kind: Kind, title: Message, classID: Int? = nil, period: Message? = nil, marksByValue: SQLQuery? = nil
    ) {
        self.kind = kind
        self.title = title
        self.classID = classID
        self.period = period
        self.marksByValue = marksByValue
    }
}

/// A compiled statement with its heading.
public struct CompiledEntry: Equatable, Sendable {
    public var statement: CompiledStatement
    public var heading: StatementHeading

    public init(statement: CompiledStatement, heading: StatementHeading) {
        self.statement = statement
        self.heading = heading
    }
}

extension Compiler {
    /// Compiles every statement of `source` as `compile` does, each with what a printed page says
    /// about it.
    public static func compileWithHeadings(
        _ source: String, catalog: JournalCatalog, today: CivilDate, variables: [String: String] = [:],
        diaryStudents: [String] = [], catalogOfYear: (String) -> JournalCatalog? = { _ in nil }
    ) throws(LanguageErrors) -> [CompiledEntry] {
        let statements = try compile(
            source, catalog: catalog, today: today, variables: variables, diaryStudents: diaryStudents,
            catalogOfYear: catalogOfYear)
        // Parsed again, as compiling did: the headings come from the statements as typed.
        let parsed = try Parser.parse(source, variables: variables)
        let scalars = Array(source.unicodeScalars)
        return zip(statements, parsed).map { statement, syntax in
            CompiledEntry(
                statement: statement,
                heading: heading(of: syntax, compiled: statement, catalog: catalog, today: today, scalars: scalars))
        }
    }

    static func heading(
        of syntax: Syntax.Statement, compiled: CompiledStatement, catalog: JournalCatalog, today: CivilDate,
        scalars: [Unicode.Scalar]
    ) -> StatementHeading {
        func typed(_ span: SourceSpan) -> Message {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, span.start)..<min(span.end, scalars.count)])
            return .verbatim(String(view))
        }
        switch syntax {
        case .query(let query):
            let schoolClass = oneClass(query.scope, source: .students, catalog: catalog, today: today)
            return StatementHeading(
                kind: .query, title: typed(query.span), classID: schoolClass?.id, period: period(query.during))
        case .report(let report):
            var resolver = Resolver(catalog: catalog, today: today, source: .classes)
            let scope = report.scope.isEmpty ? nil : resolver.resolveScope(report.scope, source: .classes)
            let covered = scope?.covered ?? []
            var during = report.during
            if during == nil && report.kind != .audit,
                let current = Reports.currentPeriod(catalog: catalog, schemes: resolver.relevantSchemes, today: today),
                let number = current.periodKey.flatMap(Int.init)
            {
                during = Syntax.TimeSpan(kind: .period(scheme: nil, number: number), span: report.span)
            }
            var heading = StatementHeading(
                kind: .report(report.kind), title: report.kind.name,
                classID: covered.count == 1 ? covered[0] : nil, period: period(during))
            if report.kind == .report {
                heading.marksByValue = marksByValue(report.scope, during: during, catalog: catalog, today: today)
            }
            return heading
        case .diary(let diary):
            var classID: Int?
            if case .diary(let student, _) = compiled {
                let className = catalog.people.first { $0.id == student }?.className
                classID = catalog.classes.first { $0.name == className }?.id
            }
            return StatementHeading(
                kind: .diary, title: Message.keyword("diary"), classID: classID, period: period(diary.during))
        case .issueCredentials:
            var classID: Int?
            if case .issueCredentials(let holders) = compiled, holders.count == 1,
                case .classMembers(let id) = holders[0]
            {
                classID = id
            }
            return StatementHeading(kind: .credentials, title: Message.keyword("credentials"), classID: classID)
        case .explain, .backup, .restore, .backupStatus, .checkJournal, .closeYear, .write:
            return StatementHeading(kind: .other, title: .verbatim(""))
        }
    }

    /// The class a scope names, when it names one (a class, a group of it, one of its students).
    static func oneClass(
        _ items: [Syntax.ScopeItem], source: Resolved.Source, catalog: JournalCatalog, today: CivilDate
    ) -> JournalCatalog.SchoolClass? {
        guard !items.isEmpty else { return nil }
        var resolver = Resolver(catalog: catalog, today: today, source: source)
        let covered = resolver.resolveScope(items, source: source).covered
        guard covered.count == 1 else { return nil }
        return catalog.classes.first { $0.id == covered[0] }
    }

    /// A span as a page names its period: a period or a school year, not a run of days.
    static func period(_ span: Syntax.TimeSpan?) -> Message? {
        switch span?.kind {
        case .period(let scheme, let number): return Resolver.periodText(scheme ?? "term", number)
        case .year: return Message.keyword("year")
        case .schoolYear(let year): return Message(ResolverText.spanSchoolYear, year)
        default: return nil
        }
    }

    /// `marks in SCOPE during SPAN by value show value, count()`, compiled; nil when it does not compile.
    static func marksByValue(
        _ scope: [Syntax.ScopeItem], during: Syntax.TimeSpan?, catalog: JournalCatalog, today: CivilDate
    ) -> SQLQuery? {
        guard case .query(var query)? = try? Parser.parse("marks by value show value, count()").first else {
            return nil
        }
        query.scope = scope
        query.during = during
        return try? compile(query, catalog: catalog, today: today)
    }
}
