import Foundation
import GRDBSQLite
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// What a compiled query declares it reads (the kinds of data the authorizer decides on) is
/// what its SQL reads: SQLite's own authorizer records every table and column the statement
/// touches as it is prepared, and each is mapped to its kind here, independently of the compiler.
/// Every field and function of every source is tried, so a new source, field or function
/// cannot be added without its access.
final class ReadAccessTests: XCTestCase {
    /// The kind of data of each table, and of the student's personal columns.
    static func family(table: String, column: String) -> DataFamily? {
        switch table {
        case "staff", "staff_role", "class", "subject", "teaching_load", "study_period", "school", "school_year",
            "class_group", "timetable", "timetable_entry", "plan_topic", "holiday", "promotion_order":
            return .school
        case "student":
            return ["birth_date", "sex", "risk_group"].contains(column) ? .personal : .studentNames
        case "enrolment", "group_member", "promotion": return .studentNames
        case "parent", "parent_child": return .personal
        case "lesson", "mark", "attendance", "period_grade", "mark_correction", "remark", "exam_result":
            return .journal
        // The summaries the store keeps of the journal's rows are the journal's.
        case "mark_week", "mark_summary", "attendance_week", "attendance_summary", "lesson_week",
            "lesson_teacher_week", "mark_teacher_week", "mark_day", "grade_summary":
            return .journal
        case "visit": return .visits
        case "failed_login", "credential_reissue", "change", "change_row": return .audit
        // The accounts (never their password_hash: see RecordsTests) and the backups made.
        case "account", "backup_record": return column == "password_hash" ? nil : .accounts
        default: return nil
        }
    }

    /// What a declared kind lets its readers see besides itself: the school's lists always; who
    /// reads the journal, personal data or log-ins of a class reads its students' names; who reads
    /// log-ins reads the parents they name; the audit's readers read everything but the accounts;
    /// the accounts' readers (the operator, the director) read the names of those they are of.
    static func covered(by declared: Set<DataFamily>) -> Set<DataFamily> {
        var covered = declared.union([.school])
        if !declared.isDisjoint(with: [.journal, .personal, .visits, .audit, .accounts]) {
            covered.insert(.studentNames)
        }
        if !declared.isDisjoint(with: [.visits, .audit, .accounts]) { covered.insert(.personal) }
        if declared.contains(.audit) { covered.formUnion(Set(DataFamily.allCases).subtracting([.accounts])) }
        return covered
    }

    /// A call of each function, as a query would write it.
    static let calls: [String: String] = [
        "marks": "marks(term 1)", "absences": "absences(term 1)", "lates": "lates(term 1)",
        "visits": "visits(this week)", "grade": "grade(alg, term 1)", "lessons": "lessons(term 1)",
        "topics": "topics(term 1)", "homework": "homework(term 1)", "students": "students",
        "quality": "quality(term 1)", "pass_rate": "pass_rate(term 1)", "sou": "sou(term 1)", "n5": "n5(term 1)",
        "n4": "n4(term 1)", "n3": "n3(term 1)", "n2": "n2(term 1)", "n_na": "n_na(term 1)",
    ]

    /// The tables and columns SQLite reads to run `sql`, recorded as the statement is prepared.
    static func columnsRead(_ sql: String, in path: String) throws -> Set<String> {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            throw TestFailure("cannot open \(path)")
        }
        defer { sqlite3_close(connection) }
        final class Recorder { var read: Set<String> = [] }
        let recorder = Recorder()
        sqlite3_set_authorizer(
            connection,
            { data, action, table, column, _, _ in
                if action == SQLITE_READ, let data, let table {
                    Unmanaged<Recorder>.fromOpaque(data).takeUnretainedValue().read.insert(
                        String(cString: table) + "." + (column.map { String(cString: $0) } ?? ""))
                }
                return SQLITE_OK
            }, Unmanaged.passUnretained(recorder).toOpaque())
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else {
            throw TestFailure("cannot prepare: " + String(cString: sqlite3_errmsg(connection)) + "\n" + sql)
        }
        sqlite3_finalize(statement)
        return recorder.read
    }

    func testEveryFieldAndFunctionOfEverySourceDeclaresWhatItsSQLReads() throws {
        let store = try Fixtures.sampleStore()
        let catalog = try store.catalog()
        let today = CivilDate(SampleSchool.today)!
        var tried = 0
        var problems: [String] = []
        for source in LanguageReference.sources {
            var items = source.fields.map(\.name) + [""]
            for function in source.functions {
                let name = String(function.prefix { $0 != "(" })
                guard let call = Self.calls[name] else {
                    problems.append("\(source.name): no call written for the function \(name)")
                    continue
                }
                items.append(call)
            }
            // Every link: its rows counted, and each field of theirs listed.
            for link in source.links {
                items.append("count(\(link.name))")
                let target = LanguageReference.sources.first { $0.name == link.target }
                items += (target?.fields ?? []).map { "list(\(link.name).\($0.name))" }
            }
            for item in items {
                let show = item.isEmpty ? "" : " show \(item)"
                // Scoped where the source takes a scope; the whole school where it does not.
                var compiled: [CompiledStatement]?
                for text in ["\(source.name) in 7А\(show)", "\(source.name)\(show)"] {
                    compiled = try? Compiler.compile(text, catalog: catalog, today: today)
                    if compiled != nil { break }
                }
                guard case .query(let query)? = compiled?.first else {
                    problems.append("\(source.name)\(show): does not compile")
                    continue
                }
                tried += 1
                problems += try Self.problems(of: query, as: "\(source.name)\(show)", in: store.path)
            }
        }
        // The reports and the diary, table by table.
        for text in [
            "audit 7А", "check density 7А term 1", "report 7А term 1", "forecast 7А term 2", "diary S0055 term 1",
            "report 7 term 1", "report S0055 term 1", "forecast S0055",
        ] {
            let compiled = try Compiler.compile(text, catalog: catalog, today: today)
            let tables: [ReportTable]
            switch compiled.first {
            case .report(let reported)?: tables = reported
            case .diary(_, let reported)?: tables = reported
            default: tables = []
            }
            XCTAssertFalse(tables.isEmpty, text)
            for table in tables {
                tried += 1
                problems += try Self.problems(of: table.query, as: "\(text): \(table.title)", in: store.path)
            }
        }
        XCTAssertGreaterThan(tried, 100)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// A report of one student declares that it reads that student's own rows only, of their class
    /// (the authorizer lets the student and their parents read it); a class's report, anyone's there.
    func testOneStudentsReportDeclaresItReadsThatStudentsOwnRows() throws {
        let store = try Fixtures.sampleStore()
        let catalog = try store.catalog()
        let today = CivilDate(SampleSchool.today)!
        let seventhA = try XCTUnwrap(catalog.classes.first { $0.name == "7А" }).id
        for text in ["report S0055 term 1", "report \"Баранов Ярослав\"", "forecast S0055 term 2"] {
            guard case .report(let tables)? = try Compiler.compile(text, catalog: catalog, today: today).first else {
                return XCTFail(text)
            }
            for table in tables {
                XCTAssertEqual(table.query.reads.students, ["S0055"], text)
                XCTAssertEqual(table.query.reads.classIDs, [seventhA], text)
                XCTAssertEqual(table.query.reads.families, [.journal], text)
                // Every row is the student's: their id is bound, and no other student's is.
                XCTAssertTrue(table.query.arguments.contains(.text("S0055")), "\(text): \(table.title)")
            }
        }
        guard case .report(let tables)? = try Compiler.compile("report 7А term 1", catalog: catalog, today: today).first
        else { return XCTFail("report 7А") }
        XCTAssertTrue(tables.allSatisfy { $0.query.reads.students == nil })
    }

    /// How what a query declares differs from what its SQL reads.
    static func problems(of query: SQLQuery, as name: String, in path: String) throws -> [String] {
        var problems: [String] = []
        let read = try columnsRead(query.sql, in: path)
        var actual: Set<DataFamily> = []
        for entry in read {
            let parts = entry.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let family = family(table: String(parts[0]), column: String(parts[1])) else {
                problems.append("\(name): reads \(entry), a table of no known kind")
                continue
            }
            actual.insert(family)
        }
        let declared = query.reads.families
        let beyond = actual.subtracting(covered(by: declared))
        if !beyond.isEmpty {
            problems.append(
                "\(name): declares \(declared.sorted()) but reads \(beyond.sorted()): "
                    + read.sorted().joined(separator: " "))
        }
        let unread = declared.subtracting(actual).subtracting([.school])
        if !unread.isEmpty { problems.append("\(name): declares \(unread.sorted()) it does not read") }
        return problems
    }
}
