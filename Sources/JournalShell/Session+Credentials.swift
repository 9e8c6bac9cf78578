import Foundation
import JournalFoundation
import JournalLanguage
import JournalPapers
import JournalStore

/// Users of the journal: logging a session in, changing one's password, issuing credentials.
extension Session {
    /// Logs the session in: checks the password, records the visit, and acts for the user from
    /// then on. A user who still has a one-time password must choose a new one first. After
    /// repeated failures of the login the check first waits (`LogInThrottle`), through `wait`.
    ///
    /// ```
    /// try session.logIn(login: "t005", password: typed) { try reader.readNewPassword(problem: $0) }
    /// session.actor.name  // "Захарова Василиса"
    /// ```
    ///
    /// - Parameter newPassword: asked only when the password must be changed; it is given a
    ///   check of the rules to ask again with.
    public func logIn(
        login: String, password: String, wait: (Duration) -> Void = LogInThrottle.sleep,
        newPassword: ((String) -> Message?) throws -> String
    ) throws {
        let today = try effectiveToday()
        let now = Self.now(today: today)
        // The new password is chosen before the log-in is recorded: a user who gives up has not visited.
        var new: String?
        if try store.checkLogIn(login: login, password: password, now: Self.nowToTheSecond(today: today), wait: wait)
            .mustChange
        {
            new = try newPassword { new in
                JournalStore.passwordRuleProblem(new, login: login, old: password).map { Message.given($0) }
            }
        }
        let actor = try store.inTransaction {
            let (actor, _) = try store.logIn(login: login, password: password, now: now)
            if let new, let id = actor.id { try store.changePassword(userID: id, old: password, new: new) }
            return actor
        }
        self.actor = actor
    }

    /// The time now to the second, on the session's "as of" date: when a log-in failed.
    static func nowToTheSecond(today: String) -> String {
        today + " " + Clock.time(seconds: true)
    }

    /// `.password`: the logged-in user changes their own password (the old one is asked first).
    public func changeOwnPassword(with passwords: PasswordReader) throws {
        guard actor.kind != .administrator, let id = actor.id else {
            throw Diagnostic(
                Message(ShellText.administratorHasNoPassword), hint: Message(ShellText.administratorIsWhoeverOpens))
        }
        let old = try passwords.readPassword(prompt: Message(ShellText.currentPasswordPrompt).description)
        let new = try passwords.readNewPassword { new in
            JournalStore.passwordRuleProblem(new, login: id, old: old).map { Message.given($0) }
        }
        try store.changePassword(userID: id, old: old, new: new)
        write(Self.line(Message(ShellText.passwordChanged, actor.name)))
    }

    /// `issue credentials for …`: issues them and prints the list to hand out, the one place a
    /// one-time password is ever shown. Its rows follow `.mode`; the reminder goes under a table,
    /// and to standard error beside CSV or JSON, which it would spoil.
    func issueCredentials(_ holders: [CredentialHolders], today: String, write: @escaping (String) -> Void) throws {
        let ids = try store.userIDs(of: holders)
        guard !ids.isEmpty else {
            throw Diagnostic(
                Message(ShellText.noOneToIssueCredentialsTo), hint: Message(ShellText.theClassHasNoStudents))
        }
        let issued = try store.issueCredentials(for: ids, by: authorizer(), now: Self.now(today: today))
        printedRows += issued.count
        printedTables += 1
        let columns: [ShellText] = [.columnName, .columnClassOrRole, .columnLogin, .columnOneTimePassword]
        let rows = issued.map { credential in
            [credential.name, "\(credential.classOrRole)", credential.login, credential.oneTimePassword].map(
                CellValue.text)
        }
        let reminder = Self.line(Message(ShellText.oneTimePasswordReminder))
        if let papers = paperRun {
            // On paper, a slip a person to cut out and hand over; in a workbook, a sheet.
            if settings.format == .html {
                papers.slips += slips(issued)
            } else {
                papers.tables.append(
                    PaperTable(
                        title: Message(ShellText.credentialsSheet).description,
                        columns: columns.map { Message($0).description }, rows: rows))
            }
            notices(reminder)
            return
        }
        var printer = ResultPrinter(format: settings.format, write: write)
        printer.headers = settings.headers
        try printer.begin(columns: columns.map { Message($0).description })
        for row in rows { try printer.row(row) }
        try printer.end()
        switch settings.format {
        case .table, .markdown: write("\n" + reminder)
        default: FileHandle.standardError.write(Data(reminder.utf8))
        }
    }
}
