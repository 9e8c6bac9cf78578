/// Who a session acts for: the local administrator (the store file's owner, who opened it
/// without `--user`, as with sqlite3), or a user who logged in — a staff member with their
/// roles, a student or a parent. What each may do is decided in one place (`Authorizer`).
public struct Actor: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case administrator, staff, student, parent
    }

    public let kind: Kind
    /// The user's id (`T005`, `S0001`, `P0002`); nil for the local administrator.
    public let id: String?
    /// A staff member's roles (`director`, `deputy`, `operator`, `teacher`, `class_teacher`).
    public let roles: Set<String>
    /// The user's name, for messages.
    public let name: String

    public init(kind: Kind, id: String?, roles: Set<String> = [], name: String) {
        self.kind = kind
        self.id = id
        self.roles = roles
        self.name = name
    }

    /// The file's owner, with every right (the records it writes name the lesson's teacher).
    public static let administrator = Actor(kind: .administrator, id: nil, name: "the local administrator")

    public func has(_ role: String) -> Bool {
        kind == .administrator || roles.contains(role)
    }
}
