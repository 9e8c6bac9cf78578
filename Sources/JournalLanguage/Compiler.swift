import JournalFoundation
import JournalStore

/// A statement ready to run: the SQL of a query, of an `explain`, or of a report.
public enum CompiledStatement: Equatable, Sendable {
    case query(SQLQuery)
    /// `explain QUERY`: show the SQL; `explain query plan QUERY`: show SQLite's plan for it.
    /// A report's tables are explained one by one, under their titles.
    case explain([ReportTable], plan: Bool)
    /// A report: its titled tables.
    case report([ReportTable])
    /// A student's diary: whose it is (for permission checks) and its tables, run as a report's.
    case diary(studentID: String, tables: [ReportTable])
    case backup([String])
    case restore(String)
    case backupStatus
    case closeYear(String, force: String?)
    /// `check journal` (R4).
    case checkJournal
    /// A writing statement, its names looked up.
    case write(JournalWrite)
    /// `issue credentials for …`: whose log-ins to issue.
    case issueCredentials([CredentialHolders])
}

/// The language's stages chained: text → tokens → syntax tree → resolved query → SQL.
///
/// ```
/// let statements = try Compiler.compile("students in 7А where marks(math, term 2) < 3",
///                                       catalog: catalog, today: CivilDate("2026-11-27")!)
/// ```
public enum Compiler {
    /// Compiles every statement of `source`; all the mistakes of all statements are thrown together.
    ///
    /// `diaryStudents` (ids) are whose diary `diary` without a name shows, and whose report
    /// `report` or `forecast` without a scope: the one student, or, when there are several (a
    /// parent's children), an error asking which. The SQL is in `dialect`'s
    /// spellings: the store's SQLite unless said.
    public static func compile(
        _ source: String, catalog: JournalCatalog, today: CivilDate, variables: [String: String] = [:],
        diaryStudents: [String] = [], catalogOfYear: (String) -> JournalCatalog? = { _ in nil },
        dialect: any SQLDialect = SQLiteDialect()
    ) throws(LanguageErrors) -> [CompiledStatement] {
        let statements = try Parser.parse(source, variables: variables)
        // A batch that writes may move a student before its queries run: they look up the classes
        // students were enrolled in themselves, not in the catalog read before.
        var catalog = catalog
        catalog.enrolmentSettled = catalog.enrolmentSettled && statements.allSatisfy(\.onlyReads)
        // A query or report `during year 2026/2027` of a past year names that year's classes.
        func catalogDuring(_ span: Syntax.TimeSpan?) -> JournalCatalog {
            if case .schoolYear(let year)? = span?.kind, year != catalog.year, let past = catalogOfYear(year) {
                return past
            }
            return catalog
        }
        var compiled: [CompiledStatement] = []
        var errors: [LanguageError] = []
        for statement in statements {
            do {
                switch statement {
                case .query(let query):
                    let catalog = catalogDuring(query.during)
                    compiled.append(.query(try compile(query, catalog: catalog, today: today, dialect: dialect)))
                case .explain(.query(let query), let plan):
                    let catalog = catalogDuring(query.during)
                    let sql = try compile(query, catalog: catalog, today: today, dialect: dialect)
                    compiled.append(.explain([ReportTable(title: "", query: sql)], plan: plan))
                case .explain(.report(let report), let plan):
                    let catalog = catalogDuring(report.during)
                    let tables = try Reports.compile(
                        report, catalog: catalog, today: today, defaults: diaryStudents, dialect: dialect)
                    compiled.append(.explain(tables, plan: plan))
                case .backup(let paths, _):
                    compiled.append(.backup(paths))
                case .restore(let path, _):
                    compiled.append(.restore(path))
                case .backupStatus:
                    compiled.append(.backupStatus)
                case .checkJournal:
                    compiled.append(.checkJournal)
                case .closeYear(let year, let reason, _):
                    compiled.append(.closeYear(year, force: reason))
                case .write(let write):
                    compiled.append(.write(try Resolver.resolve(write, catalog: catalog, today: today)))
                case .diary(let diary):
                    let result = try Diaries.compile(
                        diary, catalog: catalog, today: today, defaults: diaryStudents, dialect: dialect)
                    compiled.append(.diary(studentID: result.studentID, tables: result.tables))
                case .explain(.diary(let diary), let plan):
                    let result = try Diaries.compile(
                        diary, catalog: catalog, today: today, defaults: diaryStudents, dialect: dialect)
                    compiled.append(.explain(result.tables, plan: plan))
                case .issueCredentials(let items, _):
                    compiled.append(try issueCredentials(items, catalog: catalog, today: today))
                case .explain:
                    // The parser explains only queries, reports and diaries.
                    break
                case .report(let report):
                    let catalog = catalogDuring(report.during)
                    let tables = try Reports.compile(
                        report, catalog: catalog, today: today, defaults: diaryStudents, dialect: dialect)
                    compiled.append(.report(tables))
                }
            } catch {
                errors += error.errors
            }
        }
        guard errors.isEmpty else { throw LanguageErrors(errors) }
        return compiled
    }

    /// Compiles one parsed query.
    public static func compile(
        _ query: Syntax.Query, catalog: JournalCatalog, today: CivilDate, dialect: any SQLDialect = SQLiteDialect()
    ) throws(LanguageErrors) -> SQLQuery {
        let resolved = try Resolver.resolve(query, catalog: catalog, today: today)
        var sql = SQLGenerator.generate(resolved, dialect: dialect)
        sql.reads = resolved.reading(classNames: catalog.classNames)
        // The SQL names its columns as typed; a column the user did not type (a source's natural
        // ones, a group's count) is headed in the reader's language.
        sql.columns = resolved.columns.map { $0.header?.description ?? $0.title }
        sql.columnKinds = resolved.columns.map(\.type.columnKind)
        sql.chart = query.chart
        return sql
    }
}
