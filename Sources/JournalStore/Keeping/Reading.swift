import JournalFoundation

/// A kind of data a query reads. Each has its own readers (R8, R16): what a statement may
/// show depends on the kinds it reads and on whose rows they are.
public enum DataFamily: String, Sendable, CaseIterable, Comparable {
    /// Staff names, roles and work contacts; classes; subjects: every member of staff reads them.
    case school
    /// Students' names and classes: the operator, and the teachers of the students' classes.
    case studentNames
    /// Students' personal data (birth date, sex, risk group) and their parents with their
    /// contacts: the operator, and the class teacher of their class (R8).
    case personal
    /// The journal itself: lessons, topics, homework, marks, attendance, period grades,
    /// corrections, remarks; the teachers of a class read that class's.
    case journal
    /// Who used the journal when (visits, R10, R30): the class teacher of their class.
    case visits
    /// The trail of changes and the failed log-ins: the director's and deputies' audit.
    case audit
    /// The log-in accounts (never a password's hash) and the backups made: the operator's, who
    /// issues the credentials and makes the backups (R3, R6), and the director's (R38).
    case accounts

    public static func < (a: DataFamily, b: DataFamily) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// How a refusal names the data.
    var described: Message {
        switch self {
        case .school: Message(StoreText.schoolLists)
        case .studentNames: Message(StoreText.studentNames)
        case .personal: Message(StoreText.personalData)
        case .journal: Message(StoreText.theJournal)
        case .visits: Message(StoreText.theLogIns)
        case .audit: Message(StoreText.theTrail)
        case .accounts: Message(StoreText.theAccounts)
        }
    }

    /// Who reads it, for the hint of a refusal.
    var readers: Message {
        switch self {
        case .school: Message(StoreText.schoolListsReaders)
        case .studentNames: Message(StoreText.studentNamesReaders, Message.keyword("in"))
        case .personal: Message(StoreText.personalDataReaders)
        case .journal: Message(StoreText.journalReaders, Message.keyword("in"))
        case .visits: Message(StoreText.logInsReaders)
        case .audit: Message(StoreText.trailReaders)
        case .accounts: Message(StoreText.accountsReaders)
        }
    }
}

/// What a query or report reads, declared by the compiled statement itself (from its resolved
/// sources, fields and functions, never from its SQL text): the kinds of data, and the classes
/// whose rows they are (nil: the whole school's), and whether they are one student's own.
public struct Reading: Equatable, Sendable {
    public var families: Set<DataFamily>
    public var classIDs: [Int]?
    /// The names of the classes, for messages.
    public var classNames: [Int: String]
    /// The students whose rows alone are read (`report S0055`): the student and their parents
    /// read them as they read the student's diary; nil for rows of anyone in the classes.
    public var students: [String]?

    public init(
        _ families: Set<DataFamily>, classIDs: [Int]?, classNames: [Int: String] = [:], students: [String]? = nil
    ) {
        self.families = families
        self.classIDs = classIDs.map { Array(Set($0)).sorted() }
        self.classNames = classNames
        self.students = students.map { Array(Set($0)).sorted() }
    }

    /// What several tables read together: every kind, of every class any of them reads.
    public static func union(_ readings: [Reading]) -> Reading {
        var families: Set<DataFamily> = []
        var classes: [Int]? = []
        // Each reading of a query carries the catalog's names: one is kept, others are merged in.
        var names = readings.first?.classNames ?? [:]
        // Several tables are one student's own only when every one of them is.
        var students: [String]? = readings.isEmpty ? nil : []
        for (index, reading) in readings.enumerated() {
            families.formUnion(reading.families)
            if index > 0 { names.merge(reading.classNames) { a, _ in a } }
            if let ids = reading.classIDs, !ids.isEmpty, classes != nil { classes! += ids } else { classes = nil }
            if let own = reading.students, !own.isEmpty, students != nil { students! += own } else { students = nil }
        }
        return Reading(families, classIDs: classes, classNames: names, students: students)
    }
}

extension Authorizer {
    /// The classes whose data of a kind the actor reads; nil: the whole school's.
    func readableClasses(_ family: DataFamily) -> Set<Int>? {
        if actor.kind == .administrator { return nil }
        // The accounts and backups: the operator's and the director's, not the deputies'.
        if family == .accounts { return has("operator") || has("director") ? nil : [] }
        if readsAll { return nil }
        guard isStaff else { return [] }
        switch family {
        case .school: return nil
        case .studentNames: return has("operator") ? nil : scope.headed.union(scope.taught)
        case .personal: return has("operator") ? nil : has("class_teacher") ? scope.headed : []
        case .journal: return scope.headed.union(scope.taught)
        case .visits: return has("class_teacher") ? scope.headed : []
        case .audit, .accounts: return []
        }
    }

    /// What of one student's own a student and their parents read: their journal, names and the school's lists.
    static let ownJournal: Set<DataFamily> = [.school, .studentNames, .journal]

    /// Why the actor may not read this, or nil when they may: the first kind of data, of the
    /// first classes, that lies beyond what their roles give them.
    func readRefusal(_ reading: Reading) -> (what: Message, who: Message)? {
        if actor.kind == .administrator { return nil }
        guard isStaff else {
            // A student's own journal (their report, their forecast): the student's, and their parents'.
            let own = Set([actor.id].compactMap { $0 }).union(scope.children)
            if let students = reading.students, !students.isEmpty {
                if Set(students).isSubset(of: own) && reading.families.isSubset(of: Self.ownJournal) { return nil }
                return (Message(StoreText.readThisReport), Message(StoreText.ownReportReaders))
            }
            return (
                Message(StoreText.readData, (reading.families.max() ?? .school).described),
                Message(
                    StoreText.diaryOnly, Message.keyword("diary"), Message.keyword("report"),
                    Message.keyword("forecast"))
            )
        }
        for family in reading.families.sorted() {
            guard let readable = readableClasses(family) else { continue }
            if let classes = reading.classIDs, !classes.isEmpty, Set(classes).isSubset(of: readable) { continue }
            let what: Message
            if let classes = reading.classIDs, !classes.isEmpty {
                let beyond = classes.filter { !readable.contains($0) }.map {
                    reading.classNames[$0].map(Message.verbatim) ?? Message(StoreText.classNumbered, $0)
                }
                what = Message(StoreText.readDataOf, family.described, Message.joined(beyond, separator: ", "))
            } else {
                what = Message(
                    [.audit, .school, .accounts].contains(family) ? StoreText.readData : StoreText.readDataOfSchool,
                    family.described)
            }
            return (what, family.readers)
        }
        return nil
    }
}
