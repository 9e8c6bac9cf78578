import JournalFoundation
import JournalStore

/// `issue credentials for …`: the words of the statement looked up in the catalog.
extension Compiler {
    /// Resolves whose credentials to issue: `staff`, a class (its students and their parents),
    /// a grade (all its classes), a person by id or by name. Each word that names no one is
    /// reported at its place.
    static func issueCredentials(_ items: [Syntax.ScopeItem], catalog: JournalCatalog, today: CivilDate)
        throws(LanguageErrors) -> CompiledStatement
    {
        // The resolver's name look-ups; its source does not matter here.
        var names = Resolver(catalog: catalog, today: today, source: .staff)
        var holders: [CredentialHolders] = []
        for item in items {
            if item.isNumber {
                let ofGrade = catalog.classes.filter { $0.grade == Int(item.text) }
                if ofGrade.isEmpty {
                    let grades = Array(Set(catalog.classes.map(\.grade))).sorted().map(String.init)
                    names.error(
                        Message(ResolverText.noGrade, item.text), at: item.span,
                        hint: Message(ResolverText.schoolGrades, grades.count, grades.joinedText(separator: ", ")))
                }
                holders += ofGrade.map { .classMembers(classID: $0.id) }
            } else if Token.key(of: item.text) == "staff" {
                holders.append(.staff)
            } else if let found = names.findClass(item.text) {
                holders.append(.classMembers(classID: found.id))
            } else if item.text.first?.isNumber == true {
                names.error(
                    Message(ResolverText.noClass, item.text), at: item.span, hint: names.classNameHint(item.text))
            } else if looksLikeID(item.text), catalog.person(withID: item.text) == nil {
                names.error(
                    Message(ResolverText.noOneWithID, item.text), at: item.span,
                    hint: Suggestion.meant(item.text, in: catalog.people.map(\.id))
                        ?? Message(ResolverText.idsAreAsInTheJournal))
            } else if let people = names.findPeople(item.text, kinds: [.staff, .student, .parent], at: item.span) {
                holders += people.map { .user($0.id) }
            }
        }
        guard names.errors.isEmpty else { throw LanguageErrors(names.errors) }
        return .issueCredentials(holders)
    }

    /// `T005`, `S0001`, `P0002`: a letter, then digits.
    private static func looksLikeID(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter, text.count > 1 else { return false }
        return text.dropFirst().allSatisfy(\.isNumber)
    }
}
