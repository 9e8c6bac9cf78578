import Foundation
import GRDB
import JournalFoundation
import JournalLanguage
import JournalStore
import TestSupport
import XCTest

/// What a writing statement declares it writes (`JournalWrite.writes(in:)`: its tables, their kinds
/// of data and whose classes) is what the store writes when it runs it: SQLite's update hook (through
/// a GRDB transaction observer) records every row added, changed or deleted, by the statement and by
/// the store's triggers and cascades, and each is mapped to its kind here, independently of the store.
///
/// Every kind of writing statement runs, in the grammar's order and with a few more, on a copy of the
/// sample school as the local administrator, in one transaction that is rolled back at the end.
final class WriteAccessTests: XCTestCase {
    /// The kind of data of each table a statement may write.
    static func family(of table: String) -> DataFamily? {
        switch table {
        case "staff", "staff_role", "class", "subject", "teaching_load", "study_period", "school", "school_year",
            "class_group", "timetable_entry", "plan_topic", "promotion_order", "setting":
            return .school
        case "student", "enrolment", "group_member", "promotion": return .studentNames
        case "parent", "parent_child": return .personal
        case "lesson", "mark", "attendance", "period_grade", "mark_correction", "remark", "exam_result":
            return .journal
        case "visit": return .visits
        case "failed_login", "credential_reissue", "account": return .audit
        default: return nil
        }
    }

    /// A student's columns that are their personal data (R8), as the read test has them.
    static let personalColumns: Set<String> = ["birth_date", "sex", "risk_group"]

    /// The class of a row written, found by its rowid after the write, for the tables whose rows have one.
    static let classOfRow: [String: String] = [
        "lesson": "SELECT class_id FROM lesson WHERE rowid = ?",
        "mark": "SELECT l.class_id FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE m.rowid = ?",
        "attendance": "SELECT l.class_id FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.rowid = ?",
        "mark_correction": """
        SELECT l.class_id FROM mark_correction x JOIN mark m ON m.id = x.mark_id JOIN lesson l ON l.id = m.lesson_id
        WHERE x.rowid = ?
        """,
        "period_grade": "SELECT s.class_id FROM period_grade g JOIN student s ON s.id = g.student_id WHERE g.rowid = ?",
        "exam_result": "SELECT s.class_id FROM exam_result e JOIN student s ON s.id = e.student_id WHERE e.rowid = ?",
        "student": "SELECT class_id FROM student WHERE rowid = ?",
        "enrolment": "SELECT class_id FROM enrolment WHERE rowid = ?",
        "parent_child":
            "SELECT s.class_id FROM parent_child pc JOIN student s ON s.id = pc.student_id WHERE pc.rowid = ?",
        "class": "SELECT id FROM class WHERE rowid = ?",
        "class_group": "SELECT class_id FROM class_group WHERE rowid = ?",
        "group_member":
            "SELECT g.class_id FROM group_member m JOIN class_group g ON g.id = m.group_id WHERE m.rowid = ?",
        "teaching_load": "SELECT class_id FROM teaching_load WHERE rowid = ?",
        "timetable_entry": "SELECT class_id FROM timetable_entry WHERE rowid = ?",
        "remark": "SELECT class_id FROM remark WHERE rowid = ?",
    ]

    /// Every row the store adds, changes or deletes while it is observed, and the columns its
    /// statements (and their triggers) update.
    final class Recorder: TransactionObserver {
        var rows: [(table: String, kind: DatabaseEvent.Kind, rowID: Int64)] = []
        var updatedColumns: [String: Set<String>] = [:]

        func reset() {
            rows = []
            updatedColumns = [:]
        }

        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
            if case .update(let table, let columns) = eventKind {
                updatedColumns[table, default: []].formUnion(columns)
            }
            return true
        }

        func databaseDidChange(with event: DatabaseEvent) {
            rows.append((event.tableName, event.kind, event.rowID))
        }

        func databaseDidCommit(_ db: Database) {}
        func databaseDidRollback(_ db: Database) {}
    }

    /// What the store did for one statement: the tables, the kinds of data and the classes of the rows.
    struct Written {
        var tables: Set<String> = []
        var families: Set<DataFamily> = []
        var classIDs: Set<Int> = []
        var trail = false
        var problems: [String] = []
    }

    static func written(by recorder: Recorder, in db: Database) throws -> Written {
        var written = Written()
        for row in recorder.rows {
            // The change trail records every write; it is the store's own, not the statement's data, and
            // so are the summaries its triggers keep (tables without a rowid, which no observer sees).
            if ["change", "change_row", "mark_summary", "attendance_summary"].contains(row.table) {
                written.trail = true
                continue
            }
            written.tables.insert(row.table)
            if row.table == "student" {
                switch row.kind {
                case .insert:
                    written.families.insert(.studentNames)
                    let personal = try Bool.fetchOne(
                        db,
                        sql: """
                            SELECT birth_date IS NOT NULL OR sex IS NOT NULL OR risk_group IS NOT NULL
                            FROM student WHERE rowid = ?
                            """, arguments: [row.rowID])
                    if personal == true { written.families.insert(.personal) }
                case .delete: written.families.formUnion([.studentNames, .personal])
                case .update:
                    let columns = recorder.updatedColumns["student"] ?? []
                    if !columns.isDisjoint(with: personalColumns) { written.families.insert(.personal) }
                    if !columns.subtracting(personalColumns).isEmpty { written.families.insert(.studentNames) }
                }
            } else if let family = family(of: row.table) {
                written.families.insert(family)
            } else {
                written.problems.append("writes \(row.table), a table of no known kind")
            }
            // A deleted row is gone: whose it was is not looked up.
            if row.kind != .delete, let sql = classOfRow[row.table],
                let classID = try Int.fetchOne(db, sql: sql, arguments: [row.rowID])
            {
                written.classIDs.insert(classID)
            }
        }
        return written
    }

    /// The grammar's writing examples in its order, with the statements and records they leave out,
    /// the year's end after the year is closed (`nil` stands for `close year`).
    static func statements(catalog: JournalCatalog) throws -> [String?] {
        let writing = try GrammarTests.examples().filter { example in
            example.split(separator: " ").first.map { Parser.commandWords.contains(String($0)) } ?? false
        }
        let yearEnd = writing.filter { $0.hasPrefix("promote") || $0.hasPrefix("open") || $0.hasPrefix("confirm") }
        let keeping = writing.filter { !yearEnd.contains($0) }
        let quarter4 = try XCTUnwrap(catalog.periods(scheme: "quarter").first { $0.number == 4 })
        let more = [
            "set scripts folder \"/tmp\"", "set scripts folder none",
            "change staff T050 set roles = teacher + class_teacher",
            "change staff T050 set phone = \"+7 900 222-22-22\"",
            "change parent P0900 set phone = \"+7 900 111-11-11\"", "change student S0900 set risk_group = empty",
            "change subject alg set name = \"Алгебра (7–9)\"", "substitute 7А alg 2026-11-27: none",
            "absent 7А alg 2026-11-27: Васильева sick, Беляев late, Баранов present", "grade 7А alg year: Баранов 4",
            "group 7А-x of 7А alg: Баранов", "remove group 7А-x", "remove timetable 7В monday 1", "remove load 7В alg",
            "add staff T051 \"Тестова Анна Ивановна\" roles teacher", "remove staff T051", "remove parent P0900",
            "remove student S0900", "remove class 7В", "remove period quarter 4",
            "add period quarter 4 from \(quarter4.start) to \(quarter4.end)",
        ]
        return keeping + more + [nil] + yearEnd + ["confirm load"]
    }

    /// The kind of a write as the test counts them: its case, and for a change or removal its record's.
    static func kind(of write: JournalWrite) -> String {
        let kind = Mirror(reflecting: write).children.first?.label ?? "\(write)"
        let record: JournalWrite.Record
        switch write {
        case .change(let changed, _): record = changed
        case .remove(let removed): record = removed
        default: return kind
        }
        return kind + "." + (Mirror(reflecting: record).children.first?.label ?? "\(record)")
    }

    /// Every kind of write, and every record a change or removal names.
    static let kinds: Set<String> = [
        "addStaff", "addStudent", "addParent", "addClass", "addSubject", "addPeriod", "addTimetable", "addLoad",
        "removeLoad", "confirmLoad", "move", "withdraw", "createLessons", "lessonTopic", "lessonHomework",
        "lessonSubstitute", "marks", "absences", "grades", "exams", "group", "remark", "resolveRemark", "correct",
        "decide", "promote", "openYear", "setFolder", "change.student", "change.staff", "change.parent",
        "change.schoolClass", "change.subject", "remove.student", "remove.staff", "remove.parent",
        "remove.schoolClass", "remove.subject", "remove.period", "remove.timetable", "remove.group",
    ]

    func testEveryWriteDeclaresWhatItWrites() throws {
        let store = try Fixtures.sampleStore()
        let today = CivilDate(SampleSchool.today)!
        let now = SampleSchool.today + " 10:00"
        let authorizer = Authorizer(actor: .administrator, scope: ActorScope())
        let before = try store.rowCounts()
        let recorder = Recorder()
        var problems: [String] = []
        var wrote: Set<String> = []
        var ran = 0
        try store.inTransaction(rollback: true) {
            try store.read { db in db.add(transactionObserver: recorder, extent: .observerLifetime) }
            defer { try? store.read { db in db.remove(transactionObserver: recorder) } }
            for text in try Self.statements(catalog: try store.catalog()) {
                guard let text else {
                    _ = try store.closeYear("2026/2027", now: now, force: "test")
                    continue
                }
                let catalog = try store.catalog()
                let compiled = try Compiler.compile(text, catalog: catalog, today: today)
                guard compiled.count == 1, case .write(let write) = compiled[0] else {
                    problems.append("\(text): not one writing statement")
                    continue
                }
                let declared = write.writes(in: catalog)
                recorder.reset()
                do {
                    _ = try store.apply(write, by: authorizer, now: now, statement: text)
                } catch {
                    problems.append("\(text): refused: \(error)")
                    continue
                }
                ran += 1
                let written = try store.read { db in try Self.written(by: recorder, in: db) }
                problems += written.problems.map { "\(text): \($0)" }
                if !written.trail { problems.append("\(text): no entry in the change trail") }
                // What is written is declared: every table, and every class when the statement names its classes.
                let undeclared = written.tables.subtracting(declared.tables)
                if !undeclared.isEmpty {
                    problems.append(
                        "\(text): writes \(undeclared.sorted()) beyond its declared \(declared.tables.sorted())")
                }
                if let classes = declared.classIDs, !written.classIDs.isSubset(of: classes) {
                    problems.append("\(text): writes rows of classes \(written.classIDs.sorted()), declares \(classes)")
                }
                // A dry run declares nothing and writes nothing but its entry in the trail.
                if case .promote(_, _, _, _, true) = write {
                    if !declared.tables.isEmpty || !written.tables.isEmpty {
                        problems.append("\(text): a dry run declares \(declared.tables), writes \(written.tables)")
                    }
                    continue
                }
                // What is declared is written, kind by kind (a statement that happens to change nothing aside).
                guard !written.tables.isEmpty else { continue }
                wrote.insert(Self.kind(of: write))
                if written.families != declared.families {
                    problems.append(
                        "\(text): declares \(declared.families.sorted()) but writes \(written.families.sorted()) "
                            + "(\(written.tables.sorted()))")
                }
            }
        }
        XCTAssertGreaterThan(ran, 50)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
        XCTAssertEqual(Self.kinds.subtracting(wrote), [], "kinds of write never run")
        // Rolled back: the copy is the sample school again.
        XCTAssertEqual(try store.rowCounts(), before)
    }
}
