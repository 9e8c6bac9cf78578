import Foundation
import GRDB
import JournalFoundation

/// Log-in credentials for one user, as issued: the one place a one-time password is shown.
///
/// `description` leaves the password out, so a credential printed by mistake (a log, a
/// debugger) gives nothing away; the printable list reads `oneTimePassword` on purpose.
public struct IssuedCredential: Sendable, Equatable, CustomStringConvertible {
    public let userID: String
    /// "Surname First".
    public let name: String
    /// What the user is: a staff member's roles ("teacher, class teacher"), a student's class
    /// ("7А"), or a parent's children's classes ("parent, 7А").
    public let classOrRole: Message
    public let login: String
    public let oneTimePassword: String

    public var description: String { Message(StoreText.credentialDescribed, name, classOrRole, login).description }
}

/// A refused log-in. A wrong login and a wrong password are told apart by nothing, so that
/// no one learns which logins exist; the command line exits with 77 (EX_NOPERM) on it.
public struct LogInRefused: Error, Sendable, CustomStringConvertible {
    public let diagnostic: Diagnostic

    public var description: String { diagnostic.rendered }
}

/// Whose credentials to issue, as the `issue credentials for …` statement names them.
public enum CredentialHolders: Equatable, Sendable {
    /// Every staff member.
    case staff
    /// The students of a class and their parents (R7).
    case classMembers(classID: Int)
    /// One user by id: a staff member, a student or a parent.
    case user(String)
}

extension JournalStore {
    /// A user who can hold credentials: a row of `staff`, `student` or `parent`.
    struct AccountHolder {
        let id: String
        let kind: Actor.Kind
        let lastName: String
        let firstName: String
        let roles: [String]
        /// A student's class; a parent's children's classes.
        let classNames: [String]

        var name: String { "\(lastName) \(firstName)" }

        var classOrRole: Message {
            switch kind {
            case .staff:
                return roles.isEmpty
                    ? Message(StoreText.staffRole) : Message.joined(roles.map(StoreText.role), separator: ", ")
            case .student: return classNames.first.map(Message.verbatim) ?? Message(StoreText.student)
            case .parent:
                return Message.joined(
                    [Message(StoreText.parentRole)] + classNames.map(Message.verbatim), separator: ", ")
            case .administrator: return Message(StoreText.administratorRole)
            }
        }

        var actor: Actor { Actor(kind: kind, id: id, roles: Set(roles), name: name) }
    }

    /// The least length of a password a user chooses.
    public static let minimumPasswordLength = 8

    /// Why `password` may not be chosen, or nil when it may: at least eight characters, not
    /// the login, not the password it replaces.
    public static func passwordRuleProblem(_ password: String, login: String, old: String?) -> Message? {
        if password.count < minimumPasswordLength {
            return Message(StoreText.passwordTooShort, minimumPasswordLength)
        }
        if password.lowercased() == login.lowercased() { return Message(StoreText.passwordIsLogin) }
        if password == old { return Message(StoreText.passwordIsOld) }
        return nil
    }

    // MARK: - Issuing

    /// Issues new credentials to each user: login = the id in lower case, a one-time password
    /// the user must change at the first log-in. Re-issuing replaces the old password.
    ///
    /// Each account is checked against the issuer first (`Access.credentialsOf`): no one issues
    /// credentials to a role above their own, and only the director or the local administrator
    /// replaces a password its holder chose, which is recorded (`credential_reissue`). One refusal
    /// issues nothing.
    ///
    /// ```
    /// let issued = try store.issueCredentials(for: ["T005"], by: session.authorizer(), now: "2026-09-01 08:00")
    /// issued[0].login  // "t005"
    /// ```
    public func issueCredentials(for userIDs: [String], by authorizer: Authorizer, now: String) throws
        -> [IssuedCredential]
    {
        try issueCredentials(for: userIDs, by: authorizer, now: now, cost: .standard)
    }

    /// `issueCredentials` with the hash's cost chosen (tests of the store choose the least).
    func issueCredentials(for userIDs: [String], by authorizer: Authorizer, now: String, cost: PasswordHash.Cost) throws
        -> [IssuedCredential]
    {
        var seen = Set<String>()
        let wanted = userIDs.filter { seen.insert($0).inserted }
        let holders = try read { db in
            try wanted.map { id in
                guard let holder = try Self.accountHolder(id, db: db) else {
                    throw Diagnostic(
                        Message(StoreText.noUserWithID, id),
                        hint: Suggestion.meant(id, in: try Self.allUserIDs(db: db))
                            ?? Message(StoreText.idsAreAsInJournal))
                }
                try Self.checkIssuing(to: holder, by: authorizer, db: db)
                return holder
            }
        }
        // Hashing is slow on purpose: done before the write, so the journal is not held meanwhile.
        let issued = try holders.map { holder in
            let password = OneTimePassword.make()
            return (
                IssuedCredential(
                    userID: holder.id, name: holder.name, classOrRole: holder.classOrRole,
                    login: holder.id.lowercased(), oneTimePassword: password),
                try PasswordHash.make(password, cost: cost)
            )
        }
        let issuedBy = authorizer.actor.id
        try write { db in
            for ((credential, hash), holder) in zip(issued, holders) {
                // Checked again: the holder may have chosen their password while the hashes were made.
                if try Self.checkIssuing(to: holder, by: authorizer, db: db) {
                    try db.execute(
                        sql: "INSERT INTO credential_reissue (user_id, issued_by, at) VALUES (?, ?, ?)",
                        arguments: [credential.userID, issuedBy, now])
                }
                // New credentials start with a clean slate of failed log-ins.
                try Self.clearFailedLogIns(credential.login, db: db)
                try db.execute(
                    sql: """
                        INSERT INTO account (user_id, login, password_hash, must_change, issued_at, issued_by)
                        VALUES (?, ?, ?, 1, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET
                            login = excluded.login, password_hash = excluded.password_hash, must_change = 1,
                            issued_at = excluded.issued_at, issued_by = excluded.issued_by
                        """,
                    arguments: [credential.userID, credential.login, hash, now, issuedBy])
            }
            // The trail records who issued log-ins to whom (accounts themselves stay out of it: no hash leaves
            // the account table).
            try Self.recordChange(
                in: db, by: issuedBy ?? Self.administratorName,
                statement: "issue credentials for " + wanted.joinedText(separator: ", "), at: now)
        }
        return issued.map(\.0)
    }

    /// Refuses issuing credentials to `holder` when the issuer may not; returns whether the holder
    /// has chosen their own password (the re-issue is then recorded).
    @discardableResult
    private static func checkIssuing(to holder: AccountHolder, by authorizer: Authorizer, db: Database) throws
        -> Bool
    {
        let mustChange = try Bool.fetchOne(
            db, sql: "SELECT must_change FROM account WHERE user_id = ?", arguments: [holder.id])
        let chosen = mustChange == false
        try authorizer.check(.credentialsOf(userID: holder.id, roles: Set(holder.roles), passwordChosen: chosen))
        return chosen
    }

    /// The ids of the users `holders` name, each once, in the order of a printable list:
    /// staff by name; a class's students by name, each followed by their parents.
    public func userIDs(of holders: [CredentialHolders]) throws -> [String] {
        try read { db in
            var ids: [String] = []
            for holder in holders {
                switch holder {
                case .staff:
                    ids += try String.fetchAll(db, sql: "SELECT id FROM staff ORDER BY last_name, first_name, id")
                case .classMembers(let classID):
                    let students = try String.fetchAll(
                        db, sql: "SELECT id FROM student WHERE class_id = ? ORDER BY last_name, first_name, id",
                        arguments: [classID])
                    for student in students {
                        ids.append(student)
                        ids += try String.fetchAll(
                            db,
                            sql: """
                                SELECT p.id FROM parent_child pc JOIN parent p ON p.id = pc.parent_id
                                WHERE pc.student_id = ? ORDER BY pc.position, p.id
                                """,
                            arguments: [student])
                    }
                case .user(let id):
                    ids.append(id)
                }
            }
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }
        }
    }

    // MARK: - Logging in

    /// Checks a login and password and records the log-in as a visit (R10, R12, R30), in one
    /// transaction, clearing the login's failures (`LogInThrottle`) and replacing a PBKDF2 hash
    /// of a chosen password by an Argon2id one (`PasswordHash.needsRehash`). A wrong login and a wrong
    /// password get the same answer and record nothing: `checkLogIn` comes first and records them.
    ///
    /// ```
    /// let (actor, mustChange) = try store.logIn(login: "t005", password: "…", now: "2026-11-27 08:10")
    /// ```
    public func logIn(login: String, password: String, now: String) throws -> (actor: Actor, mustChange: Bool) {
        try write { db in
            let (userID, mustChange) = try Self.checkedAccount(login: login, password: password, db: db)
            guard let holder = try Self.accountHolder(userID, db: db) else { throw Self.wrongLogIn }
            try db.execute(sql: "INSERT INTO visit (user_id, at) VALUES (?, ?)", arguments: [userID, now])
            try Self.clearFailedLogIns(login, db: db)
            // A hash of an older scheme or cost is replaced while the password is at hand; a
            // one-time password is about to be replaced anyway.
            if !mustChange,
                let stored = try String.fetchOne(
                    db, sql: "SELECT password_hash FROM account WHERE user_id = ?", arguments: [userID]),
                PasswordHash.needsRehash(stored)
            {
                try db.execute(
                    sql: "UPDATE account SET password_hash = ? WHERE user_id = ?",
                    arguments: [try PasswordHash.make(password), userID])
            }
            return (holder.actor, mustChange)
        }
    }

    /// Checks a login and password as `logIn` does, after the wait the login's recent failures
    /// impose (`LogInThrottle`); a failure is recorded (the login as typed and `now`, to the
    /// second), a success records nothing yet. Tells whether the user must choose a new password
    /// first (asked before the log-in is recorded).
    ///
    /// ```
    /// try store.checkLogIn(login: "t005", password: typed, now: "2026-11-27 08:10:04", wait: LogInThrottle.sleep)
    /// ```
    public func checkLogIn(login: String, password: String, now: String, wait: (Duration) -> Void) throws
        -> (userID: String, mustChange: Bool)
    {
        let (failures, attempt) = try beginLogInAttempt(login, now: now)
        let pause = LogInThrottle.wait(afterFailures: failures)
        if pause > .zero { wait(pause) }
        let account = try read { db in try Self.checkedAccount(login: login, password: password, db: db) }
        // The attempt was counted as a failure in advance; it was not one.
        try write { db in try db.execute(sql: "DELETE FROM failed_login WHERE id = ?", arguments: [attempt]) }
        return account
    }

    private static func checkedAccount(login: String, password: String, db: Database) throws
        -> (userID: String, mustChange: Bool)
    {
        let wanted = login.trimmingCharacters(in: .whitespaces).lowercased()
        let row = try Row.fetchOne(
            db, sql: "SELECT user_id, password_hash, must_change FROM account WHERE login = ?", arguments: [wanted])
        guard let row else {
            // As slow as a wrong password, so the time taken does not tell which logins exist.
            _ = PasswordHash.matches(password, decoyHash)
            throw wrongLogIn
        }
        guard PasswordHash.matches(password, row["password_hash"]) else { throw wrongLogIn }
        return (row["user_id"], row["must_change"])
    }

    static let wrongLogIn = LogInRefused(
        diagnostic: Diagnostic(Message(StoreText.wrongLogIn), hint: Message(StoreText.wrongLogInHint)))

    /// A hash of no one's password, checked when the login is unknown.
    private static let decoyHash = (try? PasswordHash.make(OneTimePassword.make())) ?? ""

    // MARK: - Changing a password

    /// Replaces a user's password after checking the old one; the user need not change it any more.
    public func changePassword(userID: String, old: String, new: String) throws {
        try changePassword(userID: userID, old: old, new: new, cost: .standard)
    }

    func changePassword(userID: String, old: String, new: String, cost: PasswordHash.Cost) throws {
        guard
            let row = try read({ db in
                try Row.fetchOne(
                    db, sql: "SELECT login, password_hash FROM account WHERE user_id = ?", arguments: [userID])
            })
        else {
            throw Diagnostic(Message(StoreText.noCredentials, userID), hint: Message(StoreText.askForCredentials))
        }
        let login: String = row["login"]
        let stored: String = row["password_hash"]
        guard PasswordHash.matches(old, stored) else {
            throw Diagnostic(Message(StoreText.wrongPassword), hint: Message(StoreText.giveLogInPassword))
        }
        if let problem = Self.passwordRuleProblem(new, login: login, old: old) {
            throw Diagnostic(problem, hint: Message(StoreText.choosePassword, Self.minimumPasswordLength))
        }
        let hash = try PasswordHash.make(new, cost: cost)
        try write { db in
            // Only the hash checked above is replaced: a password changed meanwhile elsewhere stays.
            try db.execute(
                sql: "UPDATE account SET password_hash = ?, must_change = 0 WHERE user_id = ? AND password_hash = ?",
                arguments: [hash, userID, stored])
            guard db.changesCount == 1 else {
                throw Diagnostic(Message(StoreText.passwordChangedMeanwhile), hint: Message(StoreText.logInAgain))
            }
        }
    }

    /// Whether the user must still replace an issued one-time password.
    public func mustChangePassword(userID: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT must_change FROM account WHERE user_id = ?", arguments: [userID])
                ?? false
        }
    }

    // MARK: - Users

    static func accountHolder(_ id: String, db: Database) throws -> AccountHolder? {
        if let row = try Row.fetchOne(db, sql: "SELECT last_name, first_name FROM staff WHERE id = ?", arguments: [id])
        {
            let roles = try String.fetchAll(
                db, sql: "SELECT role FROM staff_role WHERE staff_id = ? ORDER BY position", arguments: [id])
            return AccountHolder(
                id: id, kind: .staff, lastName: row[0], firstName: row[1], roles: roles, classNames: [])
        }
        if let row = try Row.fetchOne(
            db,
            sql: """
                SELECT s.last_name, s.first_name, c.name
                FROM student s LEFT JOIN class c ON c.id = s.class_id WHERE s.id = ?
                """,
            arguments: [id])
        {
            let className: String? = row[2]
            return AccountHolder(
                id: id, kind: .student, lastName: row[0], firstName: row[1], roles: [],
                classNames: className.map { [$0] } ?? [])
        }
        if let row = try Row.fetchOne(db, sql: "SELECT last_name, first_name FROM parent WHERE id = ?", arguments: [id])
        {
            let classes = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT c.name FROM parent_child pc JOIN student s ON s.id = pc.student_id
                    JOIN class c ON c.id = s.class_id WHERE pc.parent_id = ? ORDER BY c.grade, c.name
                    """,
                arguments: [id])
            return AccountHolder(
                id: id, kind: .parent, lastName: row[0], firstName: row[1], roles: [], classNames: classes)
        }
        return nil
    }

    private static func allUserIDs(db: Database) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT id FROM staff UNION ALL SELECT id FROM student UNION ALL SELECT id FROM parent")
    }
}
