import Foundation
import GRDB
import JournalFoundation
import TestSupport
import XCTest

@testable import JournalStore

/// The demo school: repeatable, sound, and shaped like the sample school.
final class DemoSchoolTests: XCTestCase {
    /// A small school over the first quarter and a bit: enough of everything, fast in a debug build.
    static let small = DemoSchool.Options(classes: 4, seed: 7, until: "2026-11-13")

    private func demoStore(_ options: DemoSchool.Options = small, _ name: String = #function) throws -> (
        JournalStore, DemoSchool.Summary
    ) {
        let store = try JournalStore(path: Fixtures.storePath(name))
        let summary = try DemoSchool.generate(into: store, options: options)
        return (store, summary)
    }

    /// Every row of every table, in a fixed order, as text.
    private func dump(_ store: JournalStore) throws -> [String: [String]] {
        try store.read { db in
            var tables: [String: [String]] = [:]
            for table in JournalStore.tables {
                let columns = try db.columns(in: table).map { "\"\($0.name)\"" }
                let order = (1...columns.count).map(String.init).joined(separator: ", ")
                let rows = try Row.fetchAll(
                    db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \"\(table)\" ORDER BY \(order)")
                tables[table] = rows.map { row in
                    (0..<row.count).map { (row[$0] as DatabaseValue).description }.joined(separator: "|")
                }
            }
            return tables
        }
    }

    private func count(_ store: JournalStore, _ sql: String) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    func testTheSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws {
        let (first, _) = try demoStore(Self.small, "first")
        let (second, _) = try demoStore(Self.small, "second")
        let a = try dump(first)
        let b = try dump(second)
        for table in JournalStore.tables {
            XCTAssertEqual(a[table], b[table], "table \(table) differs between two runs with one seed")
        }
        XCTAssertGreaterThan(a["mark"]?.count ?? 0, 1000)

        var other = Self.small
        other.seed = 8
        let (third, _) = try demoStore(other, "third")
        let c = try dump(third)
        XCTAssertNotEqual(a["mark"], c["mark"])
        XCTAssertNotEqual(a["student"], c["student"])
    }

    func testTheStoreIsSoundAndTheImporterTakesItsExport() throws {
        let (store, summary) = try demoStore()
        XCTAssertEqual(try store.integrityProblems(), [])
        let counts = try store.rowCounts()
        XCTAssertEqual(counts["mark"], summary.marks)
        XCTAssertEqual(counts["lesson"], summary.lessons)
        XCTAssertEqual(counts["visit"], summary.visits)
        XCTAssertEqual(counts["attendance"], summary.absences + summary.lates)
        XCTAssertEqual(try store.storedToday(), "2026-11-13")

        // The importer checks what the schema cannot (students in the lesson's group, …).
        let folder = try Fixtures.temporaryFolder()
        _ = try JournalExport(folder: folder.path).run(from: store)
        let copy = try JournalStore(path: Fixtures.storePath("copy"))
        _ = try JournalImport(folder: folder.path).run(into: copy)
        XCTAssertEqual(try copy.rowCounts(), counts)
    }

    func testIdsHaveTheSampleFormats() throws {
        let (store, _) = try demoStore()
        XCTAssertEqual(try count(store, "SELECT count(*) FROM student WHERE id NOT GLOB 'S[0-9][0-9][0-9][0-9]'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM parent WHERE id NOT GLOB 'P[0-9][0-9][0-9][0-9]'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM staff WHERE id NOT GLOB 'T[0-9][0-9][0-9]'"), 0)
        XCTAssertEqual(
            try count(store, "SELECT count(*) FROM lesson WHERE id NOT GLOB 'L[0-9][0-9][0-9][0-9][0-9][0-9]'"), 0)
        XCTAssertEqual(
            try count(store, "SELECT count(*) FROM mark WHERE id NOT GLOB 'M[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM student WHERE id = 'S0001'"), 1)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM mark WHERE id = 'M0000001'"), 1)
        XCTAssertEqual(
            try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM class ORDER BY id") },
            ["5А", "7А", "7Б", "10А"])
    }

    /// Patronymics checked against rules written here, apart from the generator's table.
    static func expectedPatronymic(_ father: String, male: Bool) -> String {
        let irregular: [String: (String, String)] = [
            "Илья": ("Ильич", "Ильинична"), "Никита": ("Никитич", "Никитична"), "Кузьма": ("Кузьмич", "Кузьминична"),
            "Павел": ("Павлович", "Павловна"), "Лев": ("Львович", "Львовна"), "Пётр": ("Петрович", "Петровна"),
            "Михаил": ("Михайлович", "Михайловна"), "Яков": ("Яковлевич", "Яковлевна"),
            "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Георгий": ("Георгиевич", "Георгиевна"),
        ]
        if let forms = irregular[father] { return male ? forms.0 : forms.1 }
        var stem = father
        var soft = false
        if father.hasSuffix("ий") {
            stem = String(father.dropLast(2)) + "ь"
            soft = true
        } else if father.hasSuffix("й") || father.hasSuffix("ь") {
            stem = String(father.dropLast())
            soft = true
        }
        return stem + (soft ? "ев" : "ов") + (male ? "ич" : "на")
    }

    func testChildrenBearTheirFathersPatronymicAndSurname() throws {
        let (store, _) = try demoStore()
        let rows = try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.first_name, p.last_name, s.middle_name, s.sex, s.last_name
                    FROM parent p JOIN parent_child pc ON pc.parent_id = p.id JOIN student s ON s.id = pc.student_id
                    WHERE p.middle_name LIKE '%ич'
                    """)
        }
        XCTAssertGreaterThan(rows.count, 50)
        for row in rows {
            let father: String = row[0]
            let male = (row[3] as String) == "m"
            XCTAssertEqual(row[2] as String, Self.expectedPatronymic(father, male: male), "child of \(father)")
            let surname: String = row[1]
            let child: String = row[4]
            XCTAssertTrue(
                child == surname || child == DemoSchool.Names.surname(surname, male: false), "\(child) of \(surname)")
        }
        // Brothers and sisters share a father, so also a patronymic stem.
        XCTAssertGreaterThan(
            try count(
                store,
                "SELECT count(*) FROM (SELECT parent_id FROM parent_child GROUP BY parent_id HAVING count(*) > 1)"), 0)
        XCTAssertEqual(DemoSchool.Names.patronymic(of: "Николай", male: true), "Николаевич")
        XCTAssertEqual(DemoSchool.Names.patronymic(of: "Илья", male: false), "Ильинична")
        XCTAssertEqual(DemoSchool.Names.surname("Островский", male: false), "Островская")
        XCTAssertEqual(DemoSchool.Names.surname("Черных", male: false), "Черных")
    }

    func testMarksAndAttendanceAreOnlyForTheLessonsStudents() throws {
        let (store, _) = try demoStore()
        for table in ["mark", "attendance"] {
            XCTAssertEqual(
                try count(
                    store,
                    """
                    SELECT count(*) FROM \(table) x JOIN lesson l ON l.id = x.lesson_id JOIN student s ON s.id = x.student_id
                    WHERE s.class_id <> l.class_id OR (l.group_id IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM group_member g WHERE g.group_id = l.group_id AND g.student_id = x.student_id))
                    """), 0, table)
        }
        // Nobody marked in a lesson they missed.
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM mark m JOIN attendance a ON a.lesson_id = m.lesson_id AND a.student_id = m.student_id
                WHERE a.code <> 'late'
                """), 0)
    }

    func testNoTeacherIsInTwoPlacesAndClassesHaveNoGaps() throws {
        let (store, summary) = try demoStore()
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM (SELECT 1 FROM timetable_entry GROUP BY teacher, weekday, number HAVING count(*) > 1)
                """), 0)
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM (SELECT 1 FROM lesson GROUP BY coalesce(substitute, teacher), date, number
                HAVING count(*) > 1)
                """), 0)
        // One lesson per class and number, unless it is the groups of one subject.
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM (SELECT 1 FROM timetable_entry GROUP BY class_id, weekday, number
                HAVING count(*) > 1 AND (count(DISTINCT subject) > 1 OR count(group_id) < count(*)))
                """), 0)
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM (SELECT 1 FROM timetable_entry GROUP BY class_id, weekday
                HAVING max(number) <> count(DISTINCT number))
                """), 0)
        XCTAssertGreaterThan(summary.substitutions, 0)
        XCTAssertLessThan(Double(summary.substitutions), Double(summary.lessons) * 0.08)
    }

    func testLessonsFollowTheCalendarAndTheTimetable() throws {
        let (store, _) = try demoStore()
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM lesson l WHERE strftime('%w', date) IN ('0', '6') OR date > '2026-11-13'
                OR NOT EXISTS (SELECT 1 FROM study_period p WHERE p.scheme = 'quarter' AND l.date BETWEEN p.start AND p."end")
                """), 0)
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM lesson l WHERE NOT EXISTS (
                    SELECT 1 FROM timetable_entry t WHERE t.class_id = l.class_id AND t.group_id IS l.group_id
                    AND t.weekday = CAST(strftime('%w', l.date) AS INTEGER) AND t.number = l.number
                    AND t.subject = l.subject AND t.teacher = l.teacher)
                """), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM lesson WHERE date = '2026-11-04'"), 0)
        // Every lesson has a line of the plan with its topic, and a few topics were never entered.
        let missing = try count(store, "SELECT count(*) FROM lesson WHERE topic IS NULL")
        let lessons = try count(store, "SELECT count(*) FROM lesson")
        XCTAssertGreaterThan(missing, 0)
        XCTAssertLessThan(missing * 10, lessons)
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM lesson l WHERE topic IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM plan_topic p WHERE p.class_id = l.class_id AND p.group_id IS l.group_id
                    AND p.subject = l.subject AND p.topic = l.topic AND p.planned_date = l.date)
                """), 0)
    }

    func testMarksAndGradesLookLikeASchools() throws {
        let (store, summary) = try demoStore()
        let values = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT value, count(*) FROM mark GROUP BY value ORDER BY value").map {
                (row: Row) -> (Int, Int) in (row[0], row[1])
            }
        }
        let total = Double(summary.marks)
        let share = Dictionary(uniqueKeysWithValues: values.map { ($0.0, Double($0.1) / total) })
        XCTAssertLessThan(share[1] ?? 0, 0.01)
        for value in 2...5 { XCTAssertGreaterThan(share[value] ?? 0, 0.04, "share of \(value)") }
        XCTAssertGreaterThan((share[4] ?? 0) + (share[3] ?? 0), 0.5)
        XCTAssertEqual(
            try count(store, "SELECT count(DISTINCT kind) FROM mark"), JournalStore.Vocabulary.markKinds.count - 0)

        // Oral marks go in on the day; written work within the deadline mostly, some later.
        let sameDay = try count(
            store,
            """
            SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
            WHERE m.kind = 'answer' AND substr(m.entered_at, 1, 10) = l.date
            """)
        XCTAssertGreaterThan(
            Double(sameDay), 0.8 * Double(try count(store, "SELECT count(*) FROM mark WHERE kind = 'answer'")))
        // R21: a week for essays, expositions, foreign languages and control works in mathematics
        // in grades 10–11; three days for the other written works.
        let written = try store.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*), sum(julianday(substr(m.entered_at, 1, 10)) - julianday(l.date) > CASE
                        WHEN m.kind IN ('essay', 'exposition') OR s.is_foreign_language = 1
                            OR (m.kind = 'control' AND c.grade >= 10 AND (s.code = 'math' OR s.parent = 'math'))
                        THEN 7 ELSE 3 END)
                    FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN subject s ON s.code = l.subject
                    JOIN class c ON c.id = l.class_id
                    WHERE m.kind IN ('control', 'test', 'dictation', 'independent', 'essay', 'exposition')
                    """)!
        }
        let (works, overdue) = (written[0] as Int, written[1] as Int)
        XCTAssertGreaterThan(overdue, 0)
        XCTAssertLessThan(Double(overdue), 0.25 * Double(works))
        XCTAssertEqual(try count(store, "SELECT count(*) FROM mark WHERE entered_at > '2026-11-13 23:59'"), 0)

        // First-quarter grades, none for the halves of grade 10, a few н/а.
        XCTAssertEqual(try count(store, "SELECT count(DISTINCT period) FROM period_grade"), 1)
        XCTAssertEqual(
            try count(
                store,
                "SELECT count(*) FROM period_grade g JOIN student s ON s.id = g.student_id JOIN class c ON c.id = s.class_id WHERE c.grade = 10"
            ), 0)
        let grades = try count(store, "SELECT count(*) FROM period_grade")
        let notAttested = try count(store, "SELECT count(*) FROM period_grade WHERE value = 'н/а'")
        XCTAssertGreaterThan(grades, 500)
        XCTAssertLessThan(Double(notAttested), 0.1 * Double(grades))

        XCTAssertEqual(try count(store, "SELECT count(*) FROM subject WHERE is_foreign_language = 1 ORDER BY code"), 2)
        XCTAssertGreaterThan(summary.corrections + summary.riskGroup, 0)
        XCTAssertEqual(
            try count(
                store,
                """
                SELECT count(*) FROM mark_correction c JOIN mark m ON m.id = c.mark_id
                WHERE c.new_value <> m.value OR c.old_value = c.new_value OR c.requested_by <> m.entered_by
                """), 0)
    }

    func testSomeParentsNeverLogIn() throws {
        let (store, _) = try demoStore()
        let never = try count(store, "SELECT count(*) FROM parent WHERE id NOT IN (SELECT user_id FROM visit)")
        let parents = try count(store, "SELECT count(*) FROM parent")
        XCTAssertGreaterThan(never, 0)
        XCTAssertLessThan(never * 3, parents)
        XCTAssertGreaterThan(try count(store, "SELECT count(*) FROM visit WHERE user_id GLOB 'T*'"), 0)
        XCTAssertGreaterThan(try count(store, "SELECT count(*) FROM visit WHERE user_id GLOB 'S*'"), 0)
    }

    func testCountsGrowWithTheClasses() throws {
        let (_, two) = try demoStore(.init(classes: 2, seed: 3, until: "2026-09-30"), "two")
        let (_, eight) = try demoStore(.init(classes: 8, seed: 3, until: "2026-09-30"), "eight")
        XCTAssertEqual(two.classes, 2)
        XCTAssertEqual(eight.classes, 8)
        for (name, small, large) in [
            ("students", two.students, eight.students), ("lessons", two.lessons, eight.lessons),
            ("marks", two.marks, eight.marks), ("parents", two.parents, eight.parents),
        ] {
            let ratio = Double(large) / Double(small)
            XCTAssertTrue((2.5...6).contains(ratio), "\(name): \(small) for 2 classes, \(large) for 8")
        }
        XCTAssertGreaterThan(eight.staff, two.staff)
    }

    func testALargeSchoolHasEveryGradeAndATimetableWithoutClashes() throws {
        for classes in [11, 60, 99] {
            let until = SchoolDate(parsing: "2026-09-01")!
            let school = DemoSchool(options: .init(classes: classes, seed: 5), until: until)
            XCTAssertEqual(school.classes.count, classes)
            XCTAssertEqual(Set(school.classes.map(\.grade)), Set(1...11))
            var busy = Set<String>()
            for (classIndex, week) in school.timetable.enumerated() {
                for (day, lessons) in week.enumerated() {
                    XCTAssertLessThanOrEqual(
                        lessons.count, DemoSchool.maximumLessonsPerDay(grade: school.classes[classIndex].grade))
                    for (number, lesson) in lessons.enumerated() {
                        for course in lesson.courses {
                            let key = "\(school.courses[course].teacher) \(day) \(number)"
                            XCTAssertFalse(busy.contains(key), "teacher clash at \(key) with \(classes) classes")
                            busy.insert(key)
                        }
                    }
                }
            }
        }
    }

    func testAStoreThatHoldsASchoolIsRefused() throws {
        let (store, _) = try demoStore()
        let before = try store.rowCounts()
        XCTAssertThrowsError(try DemoSchool.generate(into: store, options: Self.small)) { error in
            XCTAssertTrue(
                (error as? Diagnostic)?.message.description.contains("already holds a school") == true, "\(error)")
        }
        XCTAssertEqual(try store.rowCounts(), before)
    }

    func testBadOptionsAreRefusedWithAHint() throws {
        let store = try JournalStore(path: Fixtures.storePath())
        for options in [
            DemoSchool.Options(classes: 0), DemoSchool.Options(classes: 100),
            DemoSchool.Options(until: "2026-08-31"), DemoSchool.Options(until: "2027-05-27"),
            DemoSchool.Options(until: "2026-02-30"), DemoSchool.Options(until: "tomorrow"),
        ] {
            XCTAssertThrowsError(try DemoSchool.generate(into: store, options: options)) { error in
                XCTAssertNotNil((error as? Diagnostic)?.hint, "\(options): \(error)")
            }
        }
        XCTAssertTrue(try store.isEmpty())
    }

    /// Every size of school with a few seeds gets a timetable: `DEMO_SWEEP=1 swift test -c release …`.
    func testEverySizeGetsATimetable() throws {
        guard ProcessInfo.processInfo.environment["DEMO_SWEEP"] != nil else {
            throw XCTSkip("set DEMO_SWEEP=1 to build the school of every size from 1 to 99 classes")
        }
        let until = SchoolDate(parsing: "2026-09-01")!
        for classes in 1...99 {
            for seed in 1...3 {
                let school = DemoSchool(options: .init(classes: classes, seed: UInt64(seed)), until: until)
                XCTAssertEqual(school.classes.count, classes)
                XCTAssertEqual(school.plans.map(\.count).reduce(0, +) > 0, true)
            }
        }
    }

    /// The whole year of a large school, for timing: `DEMO_TIMING=1 swift test -c release …`.
    /// `DEMO_CLASSES`, `DEMO_UNTIL` and `DEMO_STORE` (a path to keep the store at) change it.
    func testTimingOfALargeSchool() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["DEMO_TIMING"] != nil else {
            throw XCTSkip("set DEMO_TIMING=1 to time 60 classes over the whole year")
        }
        let path = try environment["DEMO_STORE"] ?? Fixtures.storePath()
        try? FileManager.default.removeItem(atPath: path)
        let store = try JournalStore(path: path)
        let options = DemoSchool.Options(
            classes: Int(environment["DEMO_CLASSES"] ?? "") ?? 60, seed: UInt64(environment["DEMO_SEED"] ?? "") ?? 1,
            until: environment["DEMO_UNTIL"] ?? "2027-05-26")
        let start = Date()
        let summary = try DemoSchool.generate(into: store, options: options, progress: { print("  \($0)") })
        let seconds = Date().timeIntervalSince(start)
        print("\(options.classes) classes to \(options.until) in \(seconds) s: \(summary)")
        XCTAssertEqual(try store.integrityProblems(), [])
    }
}
