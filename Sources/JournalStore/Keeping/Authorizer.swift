import GRDB
import JournalFoundation

/// What a statement needs the right to do: the one vocabulary of permissions. Every statement
/// of a session is turned into one `Access` and passes `Authorizer.check` before it runs;
/// writes are checked inside their transaction, on the rows they touch.
public enum Access: Equatable, Sendable {
    /// Read data of some kinds, of some classes or of the whole school: a query, a report.
    case read(Reading)
    /// A student's diary (the student's class, for the staff who read its journal).
    case diary(student: String, classID: Int?)
    /// Keep the lists: staff, students, parents, classes, subjects, periods, timetable (R1).
    case lists
    /// Correct a student's or parent's data of a class (R8).
    case classList(classID: Int)
    /// Fill in a lesson: topic, homework, marks, attendance (R17, R19).
    case lesson(teacher: String, substitute: String?)
    /// Name a lesson's substitute (a change of the timetable, R33).
    case substitution
    /// Period grades and exam results of a class's subject (R24, R29).
    case grades(classID: Int, teachers: Set<String>)
    /// Split a class into groups (R34).
    case groups
    /// Make a remark on a teacher's journal (R25, R35).
    case remark
    /// Resolve a remark made on a teacher's journal.
    case resolveRemark(teacher: String)
    /// Correct a mark, or ask to (R18).
    case correction(enteredBy: String, lessonTeacher: String)
    /// Approve or reject a correction request (R18).
    case decideCorrection
    /// Close or open a year, promote, back up and restore (R5, R6).
    case year
    /// Issue log-in credentials: to staff (R3) or to a class's students and parents (R7).
    case credentials(staff: Bool, classIDs: [Int])
    /// Issue log-in credentials to one account: its holder's staff roles, and whether the holder
    /// has chosen their own password (a re-issue then takes a working account away from them).
    case credentialsOf(userID: String, roles: Set<String>, passwordChosen: Bool)
}

/// What the actor's rights depend on beyond their roles: the classes they head and teach,
/// and (for a parent) their children. Read once per session.
public struct ActorScope: Sendable, Equatable {
    public var headed: Set<Int> = []
    public var taught: Set<Int> = []
    public var children: Set<String> = []
    public init() {}
}

/// The one place that decides whether a session's actor may do what a statement needs (R16).
///
/// The roles of the regulation: the operator keeps the lists, the year and the backups and
/// reads no marks; the director reads everything and decides corrections; a deputy reads
/// everything, splits classes into groups and makes remarks; a class teacher keeps their
/// class's list and reads its journal; a teacher fills in their own lessons (a substitute
/// the lessons they took) and reads the classes they teach; parents and students read their
/// own diary only. The local administrator (no `--user`) may do everything.
public struct Authorizer: Sendable {
    public let actor: Actor
    public let scope: ActorScope

    public init(actor: Actor, scope: ActorScope) {
        self.actor = actor
        self.scope = scope
    }

    /// Throws a refusal that says which role may do it, or returns.
    public func check(_ access: Access) throws {
        if actor.kind == .administrator { return }
        if let refusal = refusal(access) {
            throw WriteRefusal(Message(StoreText.mayNot, actor.name, refusal.what), hint: refusal.who)
        }
    }

    public func allows(_ access: Access) -> Bool {
        actor.kind == .administrator || refusal(access) == nil
    }

    var isStaff: Bool { actor.kind == .staff }
    func has(_ role: String) -> Bool { isStaff && actor.roles.contains(role) }
    var readsAll: Bool { has("director") || has("deputy") }

    /// The staff roles by rank, highest first: no one issues credentials to an account with a role
    /// above their own, or with a role of their own rank they do not hold (a deputy's to an operator).
    /// Teachers and class teachers share the lowest rank, under the operator who issues theirs (R3).
    static let roleRanks: [String: Int] = ["director": 4, "deputy": 3, "operator": 2, "class_teacher": 1, "teacher": 1]

    /// Whether the actor holds `role`, or a role that outranks it.
    private func holdsOrOutranks(_ role: String) -> Bool {
        guard isStaff else { return false }
        if actor.roles.contains(role) { return true }
        let own = actor.roles.compactMap { Self.roleRanks[$0] }.max() ?? 0
        return own > (Self.roleRanks[role] ?? Int.max)
    }

    /// Who may issue credentials to an account with `role`: the holders of it and of the roles above.
    private static func issuers(of role: String) -> Message {
        let rank = roleRanks[role] ?? Int.max
        let above = roleRanks.filter { $0.value > rank }.sorted { $0.value < $1.value }.map(\.key)
        return Message(
            StoreText.issuersOfRole, Message.joined(([role] + above).map(StoreText.roleWithArticle), separator: ", "))
    }

    /// What the actor may not do and who may, in the words of a refusal.
    private static func refused(_ what: StoreText, _ who: StoreText, _ arguments: any MessageArgumentConvertible...)
        -> (what: Message, who: Message)
    {
        (Message(what), Message(who, arguments: arguments))
    }

    private func refusal(_ access: Access) -> (what: Message, who: Message)? {
        switch access {
        case .read(let reading):
            return readRefusal(reading)
        case .diary(let student, let classID):
            if actor.id == student || scope.children.contains(student) { return nil }
            if isStaff, readRefusal(Reading([.journal], classIDs: classID.map { [$0] })) == nil { return nil }
            return Self.refused(.readThisDiary, .diaryReaders)
        case .lists:
            return has("operator") || has("director") ? nil : Self.refused(.changeLists, .operatorDoesR1)
        case .classList(let classID):
            if has("operator") || has("director") || (has("class_teacher") && scope.headed.contains(classID)) {
                return nil
            }
            return Self.refused(.changeClassList, .classListKeepers)
        case .lesson(let teacher, let substitute):
            if let substitute, actor.id == substitute { return nil }
            if actor.id == teacher && substitute == nil { return nil }
            if actor.id == teacher, let substitute {
                return Self.refused(.fillInLesson, .substituteDoes, substitute)
            }
            return Self.refused(.fillInLesson, .lessonTeacherDoes, teacher)
        case .substitution:
            return has("operator") || has("deputy") || has("director")
                ? nil : Self.refused(.nameSubstitute, .substituteNamers)
        case .grades(_, let teachers):
            if let id = actor.id, teachers.contains(id) { return nil }
            return Self.refused(.enterGrades, .subjectTeacherDoes, teachers.sorted().joinedText(separator: ", "))
        case .groups:
            return has("deputy") || has("director") ? nil : Self.refused(.splitIntoGroups, .deputyDoesR34)
        case .remark:
            return has("deputy") || has("director") ? nil : Self.refused(.makeRemarks, .deputyOrDirectorDoesR35)
        case .resolveRemark(let teacher):
            if actor.id == teacher || has("deputy") || has("director") { return nil }
            return Self.refused(.resolveRemark, .remarkResolvers, teacher)
        case .correction(let enteredBy, let lessonTeacher):
            if actor.id == enteredBy || actor.id == lessonTeacher || has("director") { return nil }
            return Self.refused(.correctMark, .markCorrectors, enteredBy)
        case .decideCorrection:
            return has("director") ? nil : Self.refused(.decideCorrection, .directorDoesR18)
        case .year:
            return has("operator") || has("director") ? nil : Self.refused(.keepTheYear, .operatorDoesR5R6)
        case .credentials(let staff, let classIDs):
            if has("operator") || has("director") { return nil }
            if !staff && has("class_teacher") && !classIDs.isEmpty && Set(classIDs).isSubset(of: scope.headed) {
                return nil
            }
            return Self.refused(.issueTheseCredentials, .credentialIssuers)
        case .credentialsOf(let userID, let roles, let passwordChosen):
            // Credentials are a way into the account: no one gets one with rights above their own.
            let order = Self.roleRanks
            if let role = roles.sorted(by: { (order[$0] ?? .max, $0) > (order[$1] ?? .max, $1) }).first(where: {
                !holdsOrOutranks($0)
            }) {
                return (
                    Message(StoreText.issueCredentialsTo, userID, StoreText.roleWithArticle(role)),
                    Self.issuers(of: role)
                )
            }
            if passwordChosen && !has("director") {
                return (Message(StoreText.reissueChosenPassword, userID), Message(StoreText.reissuers))
            }
            return nil
        }
    }
}

extension JournalStore {
    /// The classes of a parent's children.
    public func classesOfChildren(parent: String) throws -> [Int] {
        try read { db in
            try Int.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT s.class_id FROM parent_child pc JOIN student s ON s.id = pc.student_id
                    WHERE pc.parent_id = ? AND s.class_id IS NOT NULL
                    """, arguments: [parent])
        }
    }

    /// The classes an actor heads and teaches, and a parent's children.
    public func scope(of actor: Actor) throws -> ActorScope {
        guard let id = actor.id else { return ActorScope() }
        return try read { db in
            var scope = ActorScope()
            let year = try String.fetchOne(db, sql: "SELECT year FROM school") ?? ""
            scope.headed = Set(
                try Int.fetchAll(
                    db, sql: "SELECT id FROM class WHERE class_teacher = ? AND year = ?", arguments: [id, year]))
            scope.taught = Set(
                try Int.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT tl.class_id FROM teaching_load tl JOIN class c ON c.id = tl.class_id
                        WHERE tl.teacher = ? AND c.year = ?
                        """, arguments: [id, year]))
            scope.children = Set(
                try String.fetchAll(db, sql: "SELECT student_id FROM parent_child WHERE parent_id = ?", arguments: [id])
            )
            return scope
        }
    }
}
