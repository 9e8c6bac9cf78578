import Foundation
import GRDB
import JournalFoundation

/// The names a query can use, read once from the store: classes, groups, subjects,
/// study periods, people. The language resolves every name against it and never
/// reads the store's tables itself.
///
/// ```
/// let catalog = try store.catalog()
/// catalog.classes.first { $0.name == "7А" }?.scheme  // "quarter"
/// ```
public struct JournalCatalog: Sendable {
    /// A class of the school's current year.
    public struct SchoolClass: Sendable, Equatable {
        public let id: Int
        public let name: String
        public let grade: Int
        public let year: String
        public let scheme: String
        /// The id of the class's class teacher (классный руководитель), when it has one.
        public var classTeacher: String? = nil
    }

    /// A sub-group of a class for one subject.
    public struct Group: Sendable, Equatable {
        public let id: Int
        public let name: String
        public let classID: Int
        public let subject: String
    }

    /// A subject, with its parent when it is a course of another (Алгебра of Математика).
    public struct Subject: Sendable, Equatable {
        public let code: String
        public let name: String
        public let parent: String?
        public let isForeignLanguage: Bool
    }

    /// A study period of one scheme of a year.
    public struct StudyPeriod: Sendable, Equatable {
        public let year: String
        public let scheme: String
        public let number: Int
        public let start: String
        public let end: String
    }

    /// What kind of person an id belongs to.
    public enum PersonKind: String, Sendable {
        case student, staff, parent
    }

    /// A person a query may name: by id, by surname, or by surname and first name.
    public struct Person: Sendable, Equatable {
        public let id: String
        public let kind: PersonKind
        public let lastName: String
        public let firstName: String
        public let middleName: String?
        /// The student's class name, for telling namesakes apart.
        public let className: String?
        /// Staff roles (`teacher`, `director`, …); empty for students and parents.
        public let roles: [String]

        public var fullName: String {
            [lastName, firstName, middleName].compactMap { $0 }.joinedText(separator: " ")
        }
    }

    public let schoolName: String
    public let year: String
    /// The store's own "as of" date, when the school has one.
    public let today: String?
    public let classes: [SchoolClass]
    public let subjects: [Subject]
    public let periods: [StudyPeriod]
    /// Whether this is the catalog of a past year (`during year 2026/2027`), not the current one.
    public var isPast = false
    /// Whether the classes students were enrolled in may be read with the catalog for a batch of
    /// statements: off for a batch that writes (a move among its statements would change them after
    /// its queries were compiled).
    public var enrolmentSettled = true
    /// The store's `data_version` when the catalog was read (`JournalStore.dataVersion`): when it has
    /// moved, another program wrote the journal since.
    public var dataVersion: Int?
    // Read from the store the first time they are asked for: most queries name no group and no
    // one, and a class's load is asked for only when a query names a subject in it.
    let parts: CatalogParts

    /// Everyone a query may name (a school has thousands of people).
    public var people: [Person] {
        parts.people
    }

    /// The person (staff, student or parent) who holds the user id `id`, in any case.
    public func person(withID id: String) -> Person? {
        let wanted = id.lowered()
        return people.first { $0.id.lowered() == wanted }
    }

    /// Each subject's code and name in lower case, in the order of `subjects` (names are looked up
    /// in any case).
    public var lowercasedSubjects: [(code: String, name: String)] {
        parts.lowercasedSubjects(subjects)
    }

    /// The groups of the year's classes.
    public var groups: [Group] {
        parts.groups
    }

    /// The subject codes of a class's teaching load (by class id), in the order they were loaded.
    public func subjectsTaught(inClass id: Int) -> [String] {
        parts.subjectsTaught(inClasses: [id])[0]
    }

    /// The subject codes of some classes' teaching load, each once.
    public func subjectsTaught(inClasses ids: [Int]) -> Set<String> {
        Set(parts.subjectsTaught(inClasses: ids).joined())
    }

    /// The classes (of any year) that the students now in these classes were ever enrolled in, each
    /// once, in order; nil when they are not to be read with the catalog (a past year's, a batch that
    /// writes) or could not be read.
    public func enrolledClasses(ofStudentsIn ids: [Int]) -> [Int]? {
        guard enrolmentSettled, !isPast, let perClass = parts.enrolledClasses(ofStudentsIn: ids) else { return nil }
        return Array(Set(perClass.joined())).sorted()
    }

    /// Forgets the classes students were enrolled in, after a write that may have moved one.
    public func forgetEnrolment() {
        parts.forgetEnrolment()
    }

    /// The codes of a subject and of all its courses, at any depth.
    public func subjectWithCourses(_ code: String) -> [String] {
        var result = [code]
        var index = 0
        while index < result.count {
            let parent = result[index]
            result += subjects.filter { $0.parent == parent }.map(\.code)
            index += 1
        }
        return result
    }

    /// The schemes of periods the school's classes follow (`quarter`, `half`), each once, in the
    /// classes' order.
    public var schemes: [String] {
        parts.schemes(classes)
    }

    /// The schemes of periods some classes follow, each once, in the classes' order.
    public static func schemes(of classes: [SchoolClass]) -> [String] {
        var schemes: [String] = []
        for schoolClass in classes where !schemes.contains(schoolClass.scheme) { schemes.append(schoolClass.scheme) }
        return schemes
    }

    /// The name of each class, by id (for messages that name classes found by id), made once: every
    /// query carries it.
    public var classNames: [Int: String] {
        parts.classNames(classes)
    }

    /// The periods of one scheme in the school's year, by number.
    public func periods(scheme: String) -> [StudyPeriod] {
        parts.periods(scheme: scheme) {
            periods.filter { $0.year == year && $0.scheme == scheme }.sorted { $0.number < $1.number }
        }
    }
}

/// The parts of the catalog made or read once, when first asked for. One class of plain stored
/// parts, not a generic box per part: a generic class's metadata is made at run time, at every
/// start of the program.
final class CatalogParts: @unchecked Sendable {
    private let lock = NSLock()
    private let readPeople: () throws -> [JournalCatalog.Person]
    private let readGroups: () throws -> [JournalCatalog.Group]
    private let readSubjectsTaught: ([Int]) throws -> [Int: [String]]
    private let readEnrolled: ([Int]) throws -> [Int: [Int]]
    private var loadedEnrolled: [Int: [Int]] = [:]
    private var loadedPeople: [JournalCatalog.Person]?
    private var loadedGroups: [JournalCatalog.Group]?
    private var loadedSubjects: [(code: String, name: String)]?
    private var loadedClassNames: [Int: String]?
    private var loadedSchemes: [String]?
    /// The year's periods of each scheme asked for (a span reads them for every query).
    private var loadedPeriods: [(scheme: String, periods: [JournalCatalog.StudyPeriod])] = []
    private var loadedTaught: [Int: [String]] = [:]

    /// What cannot be read counts as none: a store that cannot be read here could be read a moment
    /// ago, and what is missing is named in the error of whatever looked for it.
    init(
        people: @escaping () throws -> [JournalCatalog.Person], groups: @escaping () throws -> [JournalCatalog.Group],
        subjectsTaught: @escaping ([Int]) throws -> [Int: [String]], enrolled: @escaping ([Int]) throws -> [Int: [Int]]
    ) {
        readPeople = people
        readGroups = groups
        readSubjectsTaught = subjectsTaught
        readEnrolled = enrolled
    }

    var people: [JournalCatalog.Person] {
        once(&loadedPeople) { (try? readPeople()) ?? [] }
    }

    var groups: [JournalCatalog.Group] {
        once(&loadedGroups) { (try? readGroups()) ?? [] }
    }

    func lowercasedSubjects(_ subjects: [JournalCatalog.Subject]) -> [(code: String, name: String)] {
        once(&loadedSubjects) { subjects.map { (code: $0.code.lowered(), name: $0.name.lowered()) } }
    }

    func schemes(_ classes: [JournalCatalog.SchoolClass]) -> [String] {
        once(&loadedSchemes) { JournalCatalog.schemes(of: classes) }
    }

    func periods(scheme: String, _ make: () -> [JournalCatalog.StudyPeriod]) -> [JournalCatalog.StudyPeriod] {
        lock.lock()
        defer { lock.unlock() }
        if let known = loadedPeriods.first(where: { $0.scheme == scheme }) { return known.periods }
        let periods = make()
        loadedPeriods.append((scheme, periods))
        return periods
    }

    func classNames(_ classes: [JournalCatalog.SchoolClass]) -> [Int: String] {
        once(&loadedClassNames) { Dictionary(classes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) }
    }

    /// The value in `slot`, made by `make` the first time (a generic function, specialized where it
    /// is called: no type is made at run time).
    private func once<Value>(_ slot: inout Value?, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let slot { return slot }
        let value = make()
        slot = value
        return value
    }

    /// The classes each class's students were ever enrolled in; the classes not read yet are read
    /// together. Nil when they cannot be read: a query then looks them up itself.
    func enrolledClasses(ofStudentsIn ids: [Int]) -> [[Int]]? {
        lock.lock()
        defer { lock.unlock() }
        let missing = ids.filter { loadedEnrolled[$0] == nil }
        if !missing.isEmpty {
            guard let read = try? readEnrolled(missing) else { return nil }
            for id in missing { loadedEnrolled[id] = read[id] ?? [] }
        }
        return ids.map { loadedEnrolled[$0] ?? [] }
    }

    func forgetEnrolment() {
        lock.lock()
        defer { lock.unlock() }
        loadedEnrolled = [:]
    }

    /// The subjects of each class's load; the classes not read yet are read together.
    func subjectsTaught(inClasses ids: [Int]) -> [[String]] {
        lock.lock()
        defer { lock.unlock() }
        let missing = ids.filter { loadedTaught[$0] == nil }
        if !missing.isEmpty {
            let read = (try? readSubjectsTaught(missing)) ?? [:]
            for id in missing { loadedTaught[id] = read[id] ?? [] }
        }
        return ids.map { loadedTaught[$0] ?? [] }
    }
}

extension JournalStore {
    /// Reads the catalog of names from the store: of the current school year, or of `year`.
    public func catalog(year wanted: String? = nil) throws -> JournalCatalog {
        try readOnce { db in
            // Straight through SQLite's C API (`rawRows`): every start of the program reads these.
            let version = try Self.dataVersion(db)
            let school = try Self.rawRows(db, "SELECT name, year, today FROM school").first
            let current = school.map { $0[1].string } ?? ""
            let year = wanted ?? current
            let classes = try Self.rawRows(
                db,
                "SELECT id, name, grade, year, scheme, class_teacher FROM class WHERE year = ? ORDER BY grade, name",
                [.text(year)]
            ).map {
                JournalCatalog.SchoolClass(
                    id: $0[0].number, name: $0[1].string, grade: $0[2].number, year: $0[3].string, scheme: $0[4].string,
                    classTeacher: $0[5].optionalString)
            }
            let subjects = try Self.rawRows(
                db, "SELECT code, name, parent, is_foreign_language FROM subject ORDER BY rowid"
            ).map {
                JournalCatalog.Subject(
                    code: $0[0].string, name: $0[1].string, parent: $0[2].optionalString,
                    isForeignLanguage: $0[3].number != 0)
            }
            let periods = try Self.rawRows(
                db, "SELECT year, scheme, number, start, \"end\" FROM study_period ORDER BY year, scheme, number"
            ).map {
                JournalCatalog.StudyPeriod(
                    year: $0[0].string, scheme: $0[1].string, number: $0[2].number, start: $0[3].string,
                    end: $0[4].string)
            }
            var catalog = JournalCatalog(
                schoolName: school.map { $0[0].string } ?? "", year: year, today: school?[2].optionalString,
                classes: classes, subjects: subjects, periods: periods,
                parts: CatalogParts(
                    people: { try Self.readPeople(self) }, groups: { try Self.readGroups(self, year: year) },
                    subjectsTaught: { try Self.readSubjectsTaught(self, inClasses: $0) },
                    enrolled: { try Self.readEnrolledClasses(self, ofStudentsIn: $0) }))
            catalog.isPast = year != current
            catalog.dataVersion = version
            return catalog
        }
    }

    /// Runs `body`'s reads in one transaction (the catalog's tables as of one moment), without the
    /// read-only guard `read` sets and clears around it (two statements more at every start):
    /// `body` only selects.
    private func readOnce<T>(_ body: (Database) throws -> T) throws -> T {
        if let current { return try body(current) }
        return try queue.inDatabase { db in try Self.rawTransaction(db, readOnly: false) { try body(db) } }
    }
}

extension JournalStore {
    /// The groups of a year's classes.
    static func readGroups(_ store: JournalStore, year: String) throws -> [JournalCatalog.Group] {
        try store.read { db in
            try rawRows(
                db,
                """
                SELECT g.id, g.name, g.class_id, g.subject FROM class_group g JOIN class c ON c.id = g.class_id
                WHERE c.year = ? ORDER BY g.name
                """, [.text(year)]
            ).map {
                JournalCatalog.Group(id: $0[0].number, name: $0[1].string, classID: $0[2].number, subject: $0[3].string)
            }
        }
    }

    /// The subjects of each class's teaching load, each once, in the order the load names them.
    static func readSubjectsTaught(_ store: JournalStore, inClasses ids: [Int]) throws -> [Int: [String]] {
        try readByClass(store, ids, \.string) { marks in
            """
            SELECT class_id, subject FROM teaching_load WHERE class_id IN (\(marks))
            GROUP BY class_id, subject ORDER BY class_id, min(id)
            """
        }
    }

    /// The classes (of any year) the students now in each of these classes were ever enrolled in.
    static func readEnrolledClasses(_ store: JournalStore, ofStudentsIn ids: [Int]) throws -> [Int: [Int]] {
        try readByClass(store, ids, \.number) { marks in
            """
            SELECT s.class_id, e.class_id FROM student s JOIN enrolment e ON e.student_id = s.id
            WHERE s.class_id IN (\(marks)) GROUP BY s.class_id, e.class_id
            """
        }
    }

    /// The rows `(class id, value)` of a statement on some classes (`sql` of their `?` marks), each
    /// class's values in the order read.
    private static func readByClass<Value>(
        _ store: JournalStore, _ ids: [Int], _ value: (CellValue) -> Value, sql: (String) -> String
    ) throws -> [Int: [Value]] {
        try store.read { db in
            var values: [Int: [Value]] = [:]
            let marks = Array(repeating: "?", count: ids.count).joinedText(separator: ", ")
            for row in try rawRows(db, sql(marks), ids.map { .integer(Int64($0)) }) {
                values[row[0].number, default: []].append(value(row[1]))
            }
            return values
        }
    }

    /// Students, staff and parents, for looking names up.
    static func readPeople(_ store: JournalStore) throws -> [JournalCatalog.Person] {
        try store.read { db in
            var people: [JournalCatalog.Person] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.last_name, s.first_name, s.middle_name, c.name AS class
                    FROM student s LEFT JOIN class c ON c.id = s.class_id ORDER BY s.id
                    """)
            {
                people.append(
                    .init(
                        id: row["id"], kind: .student, lastName: row["last_name"], firstName: row["first_name"],
                        middleName: row["middle_name"], className: row["class"], roles: []))
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT id, last_name, first_name, middle_name,
                           (SELECT group_concat(role, '|') FROM
                               (SELECT role FROM staff_role WHERE staff_id = staff.id ORDER BY position)) AS roles
                    FROM staff ORDER BY id
                    """)
            {
                let roles: String = row["roles"] ?? ""
                people.append(
                    .init(
                        id: row["id"], kind: .staff, lastName: row["last_name"], firstName: row["first_name"],
                        middleName: row["middle_name"], className: nil,
                        roles: roles.split(separator: "|").map(String.init)))
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT id, last_name, first_name, middle_name FROM parent ORDER BY id")
            {
                people.append(
                    .init(
                        id: row["id"], kind: .parent, lastName: row["last_name"], firstName: row["first_name"],
                        middleName: row["middle_name"], className: nil, roles: []))
            }
            return people
        }
    }
}
