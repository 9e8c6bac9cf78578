import Foundation
import GRDB
import JournalFoundation
import JournalShell
import JournalStore
import TestSupport
import XCTest

/// Group membership has dates (issue 12, part 5): a change of a group on a day keeps the group's
/// past lessons with whoever had them, says who leaves, joins and stays, and a list that would
/// replace most of a group is refused. On the sample school 7А-eng-1 is S0029…S0042 (Беляев is
/// S0033), 7А-eng-2 is S0043…S0056; today is 2026-11-27.
final class GroupHistoryTests: XCTestCase {
    private func session(_ store: JournalStore, as actor: Actor? = nil, output: @escaping (String) -> Void = { _ in })
        -> Session
    {
        let session = Session(store: store, format: .csv, today: SampleSchool.today, write: output)
        if let actor { session.actor = actor }
        return session
    }

    /// What a statement prints, in CSV.
    private func run(_ statement: String, in store: JournalStore) throws -> String {
        var output = ""
        try session(store, output: { output += $0 }).run(statement)
        return output
    }

    /// Every stay in the groups of 7А, as text.
    private func stays(_ store: JournalStore) throws -> [[String]] {
        try SampleSchool.rows(
            """
            SELECT g.name, gm.student_id, gm.since, coalesce(gm.until, ''), gm.position FROM group_member gm
            JOIN class_group g ON g.id = gm.group_id WHERE g.class_id = (SELECT id FROM class WHERE name = '7А')
            ORDER BY g.name, gm.student_id, gm.since
            """, in: store)
    }

    /// The statement is refused with `message` (rendered, in English) and writes nothing.
    private func assertRefused(
        _ statement: String, _ message: String, in store: JournalStore, as actor: Actor? = nil,
        line: UInt = #line
    ) throws {
        let before = try stays(store)
        let counts = try store.rowCounts()
        XCTAssertThrowsError(try session(store, as: actor).run(statement), line: line) { error in
            XCTAssertTrue("\(error)".contains(message), "\(error)", line: line)
        }
        XCTAssertEqual(try stays(store), before, "nothing written: \(statement)", line: line)
        XCTAssertEqual(try store.rowCounts(), counts, line: line)
    }

    func testTheStaysOfAnImportedGroupBeginWithTheYear() throws {
        let store = try Fixtures.sampleStore()
        let rows = try SampleSchool.rows(
            "SELECT DISTINCT since, coalesce(until, 'open') FROM group_member", in: store)
        XCTAssertEqual(rows, [["2026-09-01", "open"]])
    }

    /// The issue's case: `group 7А-eng-1 of 7А eng: Беляев` took 13 of 14 students out and their past
    /// diaries lost English. Now the list is refused; taken out explicitly, the leavers' diaries keep
    /// every English lesson and mark before the day of the change.
    func testRedefiningAGroupKeepsThePastDiariesOfItsMembers() throws {
        let store = try Fixtures.sampleStore()
        let diary = "diary S0029 from 2026-09-01 to 2026-11-26"
        let before = try run(diary, in: store)
        XCTAssertTrue(before.contains("Английский язык"), before)
        let englishMarks = try SampleSchool.rows(
            """
            SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
            WHERE m.student_id = 'S0029' AND l.subject = 'eng' AND l.date < '2026-11-27'
            """, in: store)[0][0]
        XCTAssertNotEqual(englishMarks, "0")

        try assertRefused(
            "group 7А-eng-1 of 7А eng: Беляев",
            "error: this takes 13 of the 14 students of 7А-eng-1 out of it: a list replaces the whole group", in: store)

        let leavers = (29...42).filter { $0 != 33 }.map { String(format: "S%04d", $0) }
        let output = try run("group 7А-eng-1 remove: " + leavers.joined(separator: ", "), in: store)
        XCTAssertTrue(
            output.hasPrefix("7А-eng-1 from 2026-11-27: 13 leave (Васильева В., Макарова Д., "), output)
        XCTAssertTrue(output.contains("), 0 join, 1 stays (R34)"), output)
        XCTAssertEqual(try run(diary, in: store), before, "the leaver's past diary is as it was")
        XCTAssertEqual(
            try SampleSchool.rows(
                "SELECT until FROM group_member WHERE student_id = 'S0029' AND group_id = "
                    + "(SELECT id FROM class_group WHERE name = '7А-eng-1')", in: store), [["2026-11-26"]])
        // Their English lessons end the day before; the group now has Беляев alone.
        XCTAssertEqual(
            try run("groups in 7А-eng-1 show name, count(students)", in: store), "name,count(students)\n7А-eng-1,1\n")
        let today = try run("diary S0029 on 2026-11-27", in: store)
        XCTAssertFalse(today.contains("Английский язык"), today)
        XCTAssertTrue(try run("diary S0033 on 2026-11-27", in: store).contains("Английский язык"))
    }

    /// A student who changes group on a day has the old group's lessons before it and the new
    /// group's from it, in the diary and in their lessons.
    func testTheDiaryOfAStudentWhoJoinsStartsOnTheDayTheyJoin() throws {
        let store = try Fixtures.sampleStore()
        XCTAssertEqual(
            try run("group 7А-eng-2 remove on 2026-11-16: S0043", in: store),
            """
            7А-eng-2 from 2026-11-16: 1 leaves (Орлова Е.), 0 join, 13 stay (R34)
            warning: 1 student leaves 7А-eng-2 with marks or absences in 2 of its lessons on or after 2026-11-16: \
            those lessons no longer show in their diaries (the journal keeps the marks; `check journal` lists them)

            """)
        XCTAssertEqual(
            try run("group 7А-eng-1 add on 2026-11-16: Орлова Ева", in: store),
            "7А-eng-1 from 2026-11-16: 0 leave, 1 joins (Орлова Е.), 14 stay (R34)\n")
        let groups = try run(
            "lessons in S0043 during from 2026-11-09 to 2026-11-22 where subject = eng show date, group", in: store)
        XCTAssertEqual(
            groups,
            """
            date,group
            2026-11-12,7А-eng-2
            2026-11-12,7А-eng-2
            2026-11-13,7А-eng-2
            2026-11-19,7А-eng-1
            2026-11-19,7А-eng-1
            2026-11-20,7А-eng-1

            """)
        let diary = try run("diary S0043 from 2026-11-09 to 2026-11-22", in: store)
        let teachers = Set(
            diary.split(separator: "\n").filter { $0.contains("Английский язык") }.map {
                "\($0.split(separator: ",")[0]) \($0.split(separator: ",")[3])"
            })
        XCTAssertEqual(
            teachers,
            [
                "2026-11-12 Степанова Милана Ивановна", "2026-11-13 Степанова Милана Ивановна",
                "2026-11-19 Белова Алёна Ивановна", "2026-11-20 Белова Алёна Ивановна",
            ])
        // A mark in a lesson of the new group before the day is refused: she was not in it then.
        try assertRefused(
            "mark 7А-eng-1 eng 2026-11-12 lesson 2: S0043 5", "S0043 is not in the group of 7А-eng-1", in: store)
        // The marks she had in 7А-eng-2 after the day are the journal's still, and `check journal` names them.
        let findings = try store.checkJournal(today: SampleSchool.today).map { "\($0)" }
        XCTAssertTrue(
            findings.contains { $0.contains("student S0043 was not in the group 7А-eng-2 on 2026-11-") }, "\(findings)")
    }

    /// Who may change a group (R34: the deputy; the director too), and what a change may say.
    func testAChangeOfAGroupIsTheDeputysAndKeepsToItsDaysAndNames() throws {
        let store = try Fixtures.sampleStore()
        let teacher = Actor(kind: .staff, id: "T007", roles: ["teacher"], name: "teacher T007")
        let operatorT003 = Actor(kind: .staff, id: "T003", roles: ["operator"], name: "operator T003")
        let classTeacher = Actor(kind: .staff, id: "T018", roles: ["class_teacher", "teacher"], name: "teacher T018")
        for actor in [teacher, operatorT003, classTeacher] {
            try assertRefused(
                "group 7А-eng-1 remove: S0029", "\(actor.name) may not split classes into groups", in: store, as: actor)
        }
        let deputy = Actor(kind: .staff, id: "T002", roles: ["deputy"], name: "deputy T002")
        try session(store, as: deputy).run("group 7А-eng-1 remove on 2026-11-20: S0029")
        try assertRefused(
            "group 7А-eng-1 add on 2026-08-31: S0043",
            "error: 2026-08-31 is before the school year 2026/2027 began (2026-09-01)", in: store)
        try assertRefused(
            "group 7А-eng-1 add on 2026-11-28: S0043",
            "2026-11-28 is after today (2026-11-27): a group is changed on the day it changes", in: store)
        try assertRefused(
            "group 7А-eng-1 remove on 2026-11-10: S0030",
            "the group 7А-eng-1 was last changed on 2026-11-20: a change dated earlier would rewrite what followed",
            in: store)
        try assertRefused(
            "group 7А-eng-1 add: Беляевв", "hint: did you mean \"Беляев\"?", in: store)
        try assertRefused("group 7А-eng-1 add: S0043", "S0043 is in the eng group 7А-eng-2 already", in: store)
        try assertRefused("group 7А-eng-1 add: S0030", "S0030 is in 7А-eng-1 already", in: store)
        try assertRefused("group 7А-eng-1 remove: S0043", "S0043 is not in 7А-eng-1", in: store)
        try assertRefused("group 7А-eng-9 add: S0043", "there is no group \"7А-eng-9\"", in: store)
        try assertRefused(
            "group 7А-eng-1 remove: S0030, S0030", "S0030 is named twice in the list of 7А-eng-1", in: store)
        // The director may too, on the day of the last change or later.
        let director = Actor(kind: .staff, id: "T001", roles: ["director"], name: "director T001")
        try session(store, as: director).run("group 7А-eng-1 remove on 2026-11-20: S0031")
        XCTAssertEqual(
            try SampleSchool.rows(
                "SELECT student_id, until FROM group_member WHERE until IS NOT NULL ORDER BY student_id", in: store),
            [["S0029", "2026-11-19"], ["S0031", "2026-11-19"]])
    }

    /// Taken out and put back on the same day, a student's stay goes on as if nothing happened;
    /// put back later, they have two stays and the days between are not theirs.
    func testAStudentPutBackKeepsOneStayOrTwo() throws {
        let store = try Fixtures.sampleStore()
        _ = try run("group 7А-eng-1 remove on 2026-11-20: S0029", in: store)
        _ = try run("group 7А-eng-1 add on 2026-11-20: S0029", in: store)
        XCTAssertEqual(
            try SampleSchool.rows(
                "SELECT since, coalesce(until, '') FROM group_member WHERE student_id = 'S0029'", in: store),
            [["2026-09-01", ""]])
        _ = try run("group 7А-eng-1 remove on 2026-11-20: S0029", in: store)
        _ = try run("group 7А-eng-1 add on 2026-11-26: S0029", in: store)
        XCTAssertEqual(
            try SampleSchool.rows(
                "SELECT since, coalesce(until, '') FROM group_member WHERE student_id = 'S0029' ORDER BY since",
                in: store),
            [["2026-09-01", "2026-11-19"], ["2026-11-26", ""]])
        let days = try run(
            "lessons in S0029 during from 2026-11-16 to 2026-11-27 where subject = eng show date", in: store)
        XCTAssertEqual(days, "date\n2026-11-19\n2026-11-19\n2026-11-26\n2026-11-26\n2026-11-27\n", "not 2026-11-20")
    }

    /// `groups.csv` has no place for dates: the export writes each group's members now and says
    /// that the stays that ended are not in the folder.
    func testTheExportWritesTheMembersNowAndSaysWhatItLeavesOut() throws {
        let store = try Fixtures.sampleStore()
        _ = try run("group 7А-eng-1 remove on 2026-11-20: S0029", in: store)
        XCTAssertEqual(
            try JournalExport.caveats(of: store).map { $0.text(in: .english) },
            [
                "1 stay in a group ended (students who left a group); a folder keeps only each group's members now, "
                    + "from the start of the year"
            ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("groups-export-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try JournalExport(folder: folder.path).run(from: store)
        let groups = try String(contentsOf: folder.appendingPathComponent("groups.csv"), encoding: .utf8)
        let line = groups.split(separator: "\n").first { $0.hasPrefix("7А-eng-1,") }.map(String.init) ?? ""
        XCTAssertTrue(line.hasPrefix("7А-eng-1,7А,eng,S0030|"), line)
        XCTAssertFalse(line.contains("S0029"), line)
    }

    /// A student who moves or leaves keeps their groups' past: the stays end, they are not deleted.
    func testAMoveOrAWithdrawalEndsTheStaysInGroups() throws {
        let store = try Fixtures.sampleStore()
        _ = try run("withdraw S0029 on 2026-11-20", in: store)
        XCTAssertEqual(
            try SampleSchool.rows("SELECT since, until FROM group_member WHERE student_id = 'S0029'", in: store),
            [["2026-09-01", "2026-11-20"]])
        XCTAssertTrue(try run("diary S0029 from 2026-11-16 to 2026-11-20", in: store).contains("Английский язык"))
        _ = try run("move S0030 to 7Б on 2026-11-23", in: store)
        XCTAssertEqual(
            try SampleSchool.rows("SELECT since, until FROM group_member WHERE student_id = 'S0030'", in: store),
            [["2026-09-01", "2026-11-22"]])
        // Her marks in 7А after the move are named once, as outside her enrolment, not again as outside the group.
        let findings = try store.checkJournal(today: SampleSchool.today).map { "\($0)" }.filter { $0.contains("S0030") }
        XCTAssertFalse(findings.isEmpty)
        XCTAssertTrue(findings.allSatisfy { $0.contains("was not in 7А on") }, "\(findings)")
    }

    func testARedefinitionSaysWhatChangesInRussian() throws {
        let store = try Fixtures.sampleStore()
        var output = ""
        let session = Session(store: store, format: .csv, today: SampleSchool.today, write: { output += $0 })
        Language.current = .russian
        defer { Language.current = .english }
        try session.run("группа 7А-eng-1 удалить с 20.11.2026: S0029, S0030")
        XCTAssertTrue(
            output.hasPrefix(
                "7А-eng-1 с 20.11.2026: выходят 2 (Васильева В., Макарова Д.), входят 0, остаются 12 (R34)\n"),
            output)
    }
}
