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
        ("students in 7А show name", "AAAAAAA--"),
        ("marks in 7А during this week", "A-AAAA---"),
        ("marks during this week", "A-AA-----"),
        ("report 7А term 1", "A-AAAA---"),
        ("corrections", "A-AA-----"),
        ("failed_logins", "A-AA-----"),
        ("reissues", "A-AA-----"),
        ("diary S0055 this week", "A-AAAA-AA"),
        ("diary S0033 this week", "A-AAAA---"),
        ("add student S0900 \"Новиков Иван\" to 7А", "AAA------"),
        ("change student S0055 set risk_group = \"пропуски\"", "AAA-A----"),
        ("move S0055 to 5А on 2026-11-28", "AAA------"),
        ("withdraw S0055 on 2026-11-28", "AAA------"),
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

    /// Everything the store holds, as text: two equal fingerprints mean nothing changed.
    private func fingerprint(_ path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var text = ""
            for table in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid") {
                    text += table + row.description + "\n"
                }
            }
            return text
        }
    }

    func testEveryRoleMayDoItsOwnWorkAndNothingMore() throws {
        let folder = try Fixtures.temporaryFolder()
        let before = try fingerprint(base)
        var mismatches: [String] = []
        for (row, entry) in Self.matrix.enumerated() {
            XCTAssertEqual(entry.allowed.count, Self.actors.count, entry.statement)
            for (column, (role, actor)) in Self.actors.enumerated() {
                let path = folder.appendingPathComponent("\(row)-\(column).sqlite").path
                try FileManager.default.copyItem(atPath: base, toPath: path)
                let store = try JournalStore(path: path)
                var output = ""
                let session = Session(store: store, today: SampleSchool.today, write: { output += $0 })
                session.actor = actor
                session.variables = variables
                let expected = Array(entry.allowed)[column] == "A"
                var refusal: String?
                do {
                    try store.inTransaction { try session.run(entry.statement) }
                } catch {
                    refusal = "\(error)"
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
                    XCTAssertEqual(try fingerprint(path), before, "\(role): \(entry.statement) changed the store")
                }
            }
        }
        XCTAssertEqual(mismatches, [], mismatches.joined(separator: "\n"))
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
