import Foundation
import GRDB
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Every role × every kind of statement: allowed or refused, and a refused one changes nothing.
final class PermissionTests: XCTestCase {
    /// The actors of the sample school: a user of each role, and one teacher of another class.
    static let actors: [(String, Actor)] = [
        ("admin", .administrator),
        ("operator", Actor(kind: .staff, id: "T003", roles: ["operator"], name: "operator T003")),
        ("director", Actor(kind: .staff, id: "T001", roles: ["director"], name: "director T001")),
        ("deputy", Actor(kind: .staff, id: "T002", roles: ["deputy"], name: "deputy T002")),
        (
            "class teacher", Actor(kind: .staff, id: "T018", roles: ["class_teacher", "teacher"], name: "teacher T018")
        ),
        ("teacher", Actor(kind: .staff, id: "T007", roles: ["teacher"], name: "teacher T007")),
        ("other teacher", Actor(kind: .staff, id: "T006", roles: ["teacher"], name: "teacher T006")),
        ("parent", Actor(kind: .parent, id: "P0095", name: "parent P0095")),
        ("student", Actor(kind: .student, id: "S0055", name: "student S0055")),
    ]

    /// A statement, and which of the actors (in the order above) may run it: A allowed, - refused.
    /// 7А's class teacher is T018; T007 teaches its algebra on 2026-11-27 (lesson 3); T006 teaches
    /// other classes; P0095 is the parent of S0055 (Баранов, 7А).
    static let matrix: [(statement: String, allowed: String)] = [
        ("marks in 7А during this week", "A-AAAA---"),
        ("marks during this week", "A-AA-----"),
        ("report 7А term 1", "A-AAAA---"),
        ("corrections", "A-AA-----"),
        ("diary S0055 this week", "A-AAAA-AA"),
        ("diary S0033 this week", "A-AAAA---"),
        // The planning sources are the school's lists; a student's own timetable is theirs and their parents'.
        ("load in 7А", "AAAAAAA--"),
        ("timetable in S0055", "AAAAAAAAA"),
        ("timetable in S0033", "AAAAAAA--"),
        ("timetable in 7А", "AAAAAAA--"),
        // The plan's default columns say whether each topic was given: that reads the journal.
        ("plan in 7А show date, subject, topic", "AAAAAAA--"),
        ("plan in 7А", "A-AAAA---"),
        ("plan in 7А where not given", "A-AAAA---"),
        ("students in 7А show name, count(parents)", "AAAAA----"),
        ("teachers show name, sum(load.hours)", "AAAAAAA--"),
        ("add student S0900 \"Новиков Иван\" to 7А", "AAA------"),
        ("change student S0055 set risk_group = \"пропуски\"", "AAA-A----"),
        ("move S0055 to 5А on 2026-11-28", "AAA------"),
        ("move S0055 to 5А on 2026-11-28 order \"123-у\" of 2026-11-27", "AAA------"),
        ("withdraw S0055 on 2026-11-28", "AAA------"),
        ("withdraw S0055 on 2026-11-28 order \"124-у\" of 2026-11-27", "AAA------"),
        ("remove parent P0096", "AAA------"),
        ("add timetable 7А saturday 6 alg teacher T007", "AAA------"),
        ("remove load 7А alg", "AAA------"),
        ("confirm load", "AAA------"),
        ("create lessons in 7А from 2026-11-30 to 2026-11-30", "AAA------"),
        ("topic 7А alg 2026-11-27: \"Формулы сокращённого умножения\"", "A----A---"),
        ("homework 7А alg 2026-11-27: \"§12, №3–5\"", "A----A---"),
        ("mark 7А alg 2026-11-27: Баранов 5 control", "A----A---"),
        ("absent 7А alg 2026-11-27: Беляев sick", "A----A---"),
        // T006 substitutes in 7А's biology that day (R19): the lesson is theirs to fill in.
        ("mark 7А bio 2026-11-27: Баранов 4", "A-----A--"),
        ("topic 7А bio 2026-11-27: \"Клетка\"", "A-----A--"),
        ("substitute 7А alg 2026-11-27: T006", "AAAA-----"),
        ("grade 7А alg term 2: Баранов 5", "A----A---"),
        ("exam ОГЭ alg 2027-06-01: S0055 18 4", "A-AA-A---"),
        ("group 7А-x of 7А alg: Баранов", "A-AA-----"),
        ("group 7А-eng-1 remove: Васильева", "A-AA-----"),
        ("remark T007 7А alg due 2026-12-04: \"темы не записаны\"", "A-AA-----"),
        ("correct mark $own to 2 because \"описка\"", "A-A--A---"),
        ("approve correction $request", "A-A------"),
        ("reject correction $request because \"нет оснований\"", "A-A------"),
        ("issue credentials for staff", "A-A------"),
        ("issue credentials for 7А", "AAA-A----"),
        ("issue credentials for P0095", "AAA-A----"),
        ("issue credentials for 5А", "AAA------"),
        ("backup status", "AAA------"),
        ("close year 2026/2027 force \"проверка прав\"", "AAA------"),
    ]

    private var base = ""
    private var variables: [String: String] = [:]

    override func setUpWithError() throws {
        let store = try Fixtures.sampleStore("permissions")
        base = store.path
        // A mark T007 put in 7А's algebra today, and a request to correct another one of his.
        let marks = try SampleSchool.rows(
            "SELECT m.id, m.value FROM mark m WHERE m.lesson_id = 'L001206' ORDER BY m.id", in: store)
        XCTAssertGreaterThanOrEqual(marks.count, 2)
        variables["own"] = marks[0][0]
        try store.write { db in
            try db.execute(sql: "UPDATE lesson SET substitute = 'T006' WHERE id = 'L001207'")
            try db.execute(
                sql: """
                    INSERT INTO mark_correction (mark_id, old_value, new_value, requested_by, at, reason, status)
                    VALUES (?, ?, ?, 'T007', '2026-11-27 10:00', 'описка', 'requested')
                    """, arguments: [marks[1][0], Int(marks[1][1])!, Int(marks[1][1])! == 5 ? 4 : 5])
            self.variables["request"] = String(db.lastInsertedRowID)
        }
    }

    /// What each role reads: every source, and each kind of data (names, personal data and
    /// parents, the journal, log-ins, reports), of the classes they teach or head and of others.
    /// T018 heads 7А and teaches art in 5А, 7А and 7Б; T007 algebra in 7А, 7Б and 10А; T006 5А mathematics.
    static let readMatrix: [(statement: String, allowed: String)] = [
        // The school's lists: every member of staff.
        ("teachers show name, email, phone", "AAAAAAA--"),
        ("staff show name, roles", "AAAAAAA--"),
        ("classes show name, class_teacher", "AAAAAAA--"),
        ("subjects show code, name, parent", "AAAAAAA--"),
        ("teachers in 5А", "AAAAAAA--"),
        // Students' names: the operator, the director, deputies, and the teachers of their class.
        ("students in 7А show name", "AAAAAA---"),
        ("students in 5А show name, class", "AAAAA-A--"),
        ("students show name", "AAAA-----"),
        // Counting students reads their rows: whoever reads their names counts them.
        ("classes show name, count(students)", "AAAA-----"),
        ("classes in 7А show name, count(students)", "AAAAAA---"),
        ("students in \"Баранов Ярослав\" show name", "AAAAAA---"),
        // Personal data and parents: the operator, the director, deputies, the class's own class teacher (R8).
        ("students in 7А show name, birth_date", "AAAAA----"),
        ("students in 7А where risk show name, risk_reason", "AAAAA----"),
        ("students in 7А show sex", "AAAAA----"),
        ("students in 5А show birth_date", "AAAA-----"),
        ("students show name, birth_date", "AAAA-----"),
        ("parents in 7А", "AAAAA----"),
        ("parents in 5А show name, phone", "AAAA-----"),
        ("parents show name, phone, email, children", "AAAA-----"),
        // The journal: the director, deputies, the class's teachers; never the operator.
        ("lessons in 7А during this week", "A-AAAA---"),
        ("lessons in 7А during this week show topic, homework", "A-AAAA---"),
        ("marks in 7А during this week", "A-AAAA---"),
        ("marks in 5А during this week", "A-AAA-A--"),
        ("marks in 7А during this week where risk", "A-AAA----"),
        ("absences in 7А during this week", "A-AAAA---"),
        ("grades in 7А", "A-AAAA---"),
        ("corrections in 7А", "A-AAAA---"),
        ("remarks in 7А", "A-AAAA---"),
        ("lessons during this week", "A-AA-----"),
        ("grades", "A-AA-----"),
        ("students in 7А where marks(term 1) < 3", "A-AAAA---"),
        ("classes in 7А show name, avg(marks(term 1))", "A-AAAA---"),
        ("subjects in 7А show name, count(marks(term 1))", "A-AAAA---"),
        ("classes show name, avg(marks(term 1))", "A-AA-----"),
        // State exam results are the journal's; enrolments, the students' names.
        ("exams in 7А", "A-AAAA---"),
        ("exams", "A-AA-----"),
        ("enrolment in 7А", "AAAAAA---"),
        ("enrolment", "AAAA-----"),
        // The accounts and backups: the operator's and the director's, not the deputies'; an
        // account's log-ins are the log-ins' readers', its failed log-ins the audit's.
        ("accounts", "AAA------"),
        ("accounts in 7А show login, must_change", "AAA------"),
        ("accounts show login, last_login", "A-A------"),
        ("accounts show login, failed_logins", "A-A------"),
        ("backups", "AAA------"),
        // The orders name the students moved and withdrawn: their names' readers.
        ("orders in 7А", "AAAAAA---"),
        ("orders", "AAAA-----"),
        // A teacher's functions keep to the scope: their marks in 7А.
        ("teachers in 7А show name, marks(term 1)", "A-AAAA---"),
        ("teachers show name, marks(term 1)", "A-AA-----"),
        ("students in 7А show name, grade(alg, term 1)", "A-AAAA---"),
        ("explain marks in 5А", "A-AAA-A--"),
        ("explain query plan marks in 10А", "A-AA-A---"),
        // Log-ins: the director, deputies, the class's own class teacher.
        ("visits", "A-AA-----"),
        ("visits in 7А", "A-AAA----"),
        ("students in 7А show name, visits(this week)", "A-AAA----"),
        // Reports read the journal and names of their classes; the audit also log-ins (R30).
        ("report 7А term 1", "A-AAAA---"),
        ("check density 7А term 1", "A-AAAA---"),
        ("forecast 7А term 2", "A-AAAA---"),
        // One student's report and forecast: the student's own, their parents' (R9, R28), and the
        // staff who read their class's journal; `report` alone is a student's own, a parent's child's.
        ("report S0055 term 1", "A-AAAA-AA"),
        ("report \"Баранов Ярослав\" term 1", "A-AAAA-AA"),
        ("forecast S0055", "A-AAAA-AA"),
        ("report S0033 term 1", "A-AAAA---"),
        ("forecast S0033 term 2", "A-AAAA---"),
        ("report term 1", "A-AA---AA"),
        ("forecast", "A-AA---AA"),
        ("audit 7А", "A-AAA----"),
        ("audit", "A-AA-----"),
        // The audit of log-ins and re-issued passwords: the director and deputies.
        ("failed_logins", "A-AA-----"),
        ("reissues", "A-AA-----"),
        ("changes in 7А during this week", "A-AA-----"),
        ("changes", "A-AA-----"),
    ]

    /// Everything the store holds, as text: two equal fingerprints mean nothing changed. Read
    /// through the store, so inside its transaction it sees what the statement wrote.
    private func fingerprint(_ store: JournalStore) throws -> String {
        try store.read { db in
            var text = ""
            for table in try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            {
                let name: String = table["name"]
                let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(name)\")")
                let columns = info.map { row -> String in "quote(\"" + (row["name"] as String) + "\")" }
                // A table without a rowid (the store's summaries) goes by its key.
                let key = info.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }
                    .map { "\"" + ($0["name"] as String) + "\"" }
                let order =
                    ((table["sql"] as String?) ?? "").contains("WITHOUT ROWID") ? key.joined(separator: ", ") : "rowid"
                let rows = try String.fetchOne(
                    db,
                    sql: """
                        SELECT group_concat(\(columns.joined(separator: " || char(31) || ")), char(30))
                        FROM (SELECT * FROM "\(name)" ORDER BY \(order))
                        """)
                text += name + ":" + (rows ?? "") + "\n"
            }
            return text
        }
    }

    /// Runs every statement of a matrix as every actor on one store, each in a transaction that
    /// is rolled back; a refused one must say who may, and must have written nothing.
    private func check(_ matrix: [(statement: String, allowed: String)]) throws {
        let store = try JournalStore(path: base)
        let before = try fingerprint(store)
        var mismatches: [String] = []
        for entry in matrix {
            XCTAssertEqual(entry.allowed.count, Self.actors.count, entry.statement)
            for (column, (role, actor)) in Self.actors.enumerated() {
                var output = ""
                let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
                session.actor = actor
                session.variables = variables
                let expected = Array(entry.allowed)[column] == "A"
                var refusal: String?
                var changed = false
                try store.inTransaction(rollback: true) {
                    do {
                        try session.run(entry.statement)
                    } catch {
                        refusal = "\(error)"
                        changed = try fingerprint(store) != before
                    }
                }
                if expected && refusal != nil {
                    mismatches.append(
                        "\(role): \(entry.statement) — refused: \(refusal!.split(separator: "\n").first ?? "")")
                } else if !expected && refusal == nil {
                    mismatches.append("\(role): \(entry.statement) — allowed, printed: \(output.prefix(200))")
                } else if !expected {
                    // A refused statement says who may do it, and nothing in the store changed.
                    XCTAssertTrue(
                        refusal!.contains("\(actor.name) may not ") && refusal!.contains("hint: "),
                        "\(role): \(entry.statement): \(refusal!)")
                    XCTAssertFalse(changed, "\(role): \(entry.statement) changed the store")
                }
            }
        }
        XCTAssertEqual(mismatches, [], mismatches.joined(separator: "\n"))
        XCTAssertEqual(try fingerprint(store), before)
    }

    func testEveryRoleMayDoItsOwnWorkAndNothingMore() throws {
        try check(Self.matrix)
    }

    func testEveryRoleReadsWhatItsRolesGiveAndNothingMore() throws {
        try check(Self.readMatrix)
    }

    func testARefusalNamesWhoMayDoIt() throws {
        let store = try JournalStore(path: base)
        var output = ""
        let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
        session.actor = Self.actors[2].1
        XCTAssertThrowsError(try session.run("mark 7А alg 2026-11-27: Баранов 5")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("director T001 may not fill in this lesson"), text)
            XCTAssertTrue(text.contains("the lesson's teacher T007 or its substitute does"), text)
        }
    }
}
