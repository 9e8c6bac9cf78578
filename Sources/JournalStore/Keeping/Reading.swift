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

    public static func < (a: DataFamily, b: DataFamily) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// How a refusal names the data.
    var described: String {
        switch self {
        case .school: return "the school's lists"
        case .studentNames: return "the students' names"
        case .personal: return "the students' personal data and parents"
        case .journal: return "the journal"
        case .visits: return "the log-ins"
        case .audit: return "the trail of changes and log-ins"
        }
    }

    /// Who reads it, for the hint of a refusal.
    var readers: String {
        switch self {
        case .school: return "every member of staff reads them"
        case .studentNames:
            return "the operator reads the whole school's; a teacher their classes': name them with `in`"
        case .personal:
            return "the class teacher reads their own class's (R8); the operator, the director and deputies "
                + "the whole school's"
        case .journal:
            return "a teacher reads the classes they teach or head: name them with `in`; "
                + "the director and deputies read the whole journal"
        case .visits:
            return "the class teacher reads their class's log-ins; the director and deputies everyone's"
        case .audit: return "the director and deputies read it"
        }
    }
}

/// What a query or report reads, declared by the compiled statement itself (from its resolved
/// sources, fields and functions, never from its SQL text): the kinds of data, and the classes
/// whose rows they are (nil: the whole school's).
public struct Reading: Equatable, Sendable {
    public var families: Set<DataFamily>
    public var classIDs: [Int]?
    /// The names of the classes, for messages.
    public var classNames: [Int: String]

    public init(_ families: Set<DataFamily>, classIDs: [Int]?, classNames: [Int: String] = [:]) {
        self.families = families
        self.classIDs = classIDs.map { Array(Set($0)).sorted() }
        self.classNames = classNames
    }

    /// What several tables read together: every kind, of every class any of them reads.
    public static func union(_ readings: [Reading]) -> Reading {
        var families: Set<DataFamily> = []
        var classes: [Int]? = []
        var names: [Int: String] = [:]
        for reading in readings {
            families.formUnion(reading.families)
            names.merge(reading.classNames) { a, _ in a }
            if let ids = reading.classIDs, !ids.isEmpty, classes != nil { classes! += ids } else { classes = nil }
        }
        return Reading(families, classIDs: classes, classNames: names)
    }
}

extension Authorizer {
    /// The classes whose data of a kind the actor reads; nil: the whole school's.
    func readableClasses(_ family: DataFamily) -> Set<Int>? {
        if actor.kind == .administrator || readsAll { return nil }
        guard isStaff else { return [] }
        switch family {
        case .school: return nil
        case .studentNames: return has("operator") ? nil : scope.headed.union(scope.taught)
        case .personal: return has("operator") ? nil : has("class_teacher") ? scope.headed : []
        case .journal: return scope.headed.union(scope.taught)
        case .visits: return has("class_teacher") ? scope.headed : []
        case .audit: return []
        }
    }

    /// Why the actor may not read this, or nil when they may: the first kind of data, of the
    /// first classes, that lies beyond what their roles give them.
    func readRefusal(_ reading: Reading) -> (what: String, who: String)? {
        if actor.kind == .administrator { return nil }
        guard isStaff else {
            return (
                "read " + (reading.families.max() ?? .school).described,
                "parents and students read the diary: diary"
            )
        }
        for family in reading.families.sorted() {
            guard let readable = readableClasses(family) else { continue }
            if let classes = reading.classIDs, !classes.isEmpty, Set(classes).isSubset(of: readable) { continue }
            let whose: String
            if let classes = reading.classIDs, !classes.isEmpty {
                let beyond = classes.filter { !readable.contains($0) }
                whose = " of " + beyond.map { reading.classNames[$0] ?? "class \($0)" }.joined(separator: ", ")
            } else {
                whose = family == .audit || family == .school ? "" : " of the whole school"
            }
            return ("read " + family.described + whose, family.readers)
        }
        return nil
    }
}
