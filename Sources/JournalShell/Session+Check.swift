import Foundation
import JournalFoundation
import JournalLanguage
import JournalStore

/// `check journal` (R4): the findings printed one by one, and a failure (exit 65) when there are
/// any, so cron can run it and mail what it prints.
extension Session {
    func checkJournal(today: String, write: (String) -> Void) throws {
        let findings = try store.checkJournal(today: today)
        guard !findings.isEmpty else {
            write(Self.line(Message(ShellText.checkJournalNoProblems)))
            return
        }
        for finding in findings { write("\(finding)\n") }
        throw Diagnostic(
            Message(ShellText.checkJournalFound, findings.count), hint: Message(ShellText.eachIsListedAbove))
    }
}
