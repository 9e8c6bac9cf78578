import JournalFoundation
import JournalStore

/// Looking names up in the catalog: classes, groups, subjects, people.
extension Resolver {
    /// Latin letters that look like Cyrillic ones, as people type class names: `7A` is `7А`.
    static let lookAlikes: [Character: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
        "X": "Х", "Y": "У",
    ]

    /// A class or group name in one spelling: upper case, Cyrillic look-alikes.
    static func normalizedClassName(_ text: String) -> String {
        String(text.uppercased().map { lookAlikes[$0] ?? $0 })
    }

    func findClass(_ text: String) -> JournalCatalog.SchoolClass? {
        // A name as the school writes it is found without spelling every class's name over.
        if let exact = catalog.classes.first(where: { $0.name == text }) { return exact }
        let wanted = Self.normalizedClassName(text)
        return catalog.classes.first { Self.normalizedClassName($0.name) == wanted }
    }

    func findGroup(_ text: String) -> JournalCatalog.Group? {
        let wanted = Self.normalizedClassName(text)
        return catalog.groups.first { Self.normalizedClassName($0.name) == wanted }
    }

    func classNameHint(_ text: String) -> Message {
        let names = catalog.classes.map(\.name) + catalog.groups.map(\.name)
        let normalized = Self.normalizedClassName(text)
        // Compare in one spelling, so "7Г" finds "7Б" and "7b" finds "7Б".
        let near = names.filter {
            Suggestion.editDistance(Array(Self.normalizedClassName($0)), Array(normalized)) <= 1
        }
        if !near.isEmpty {
            return Message(FoundationText.didYouMean, Suggestion.alternatives(near.prefix(3).map(Message.verbatim)))
        }
        return Message(ResolverText.classesAre, catalog.classes.map(\.name).joinedText(separator: ", "))
    }

    /// A subject by code, name, or an unambiguous prefix of either, in any case.
    mutating func findSubject(_ text: String, at span: SourceSpan) -> JournalCatalog.Subject? {
        let wanted = text.lowered()
        let subjects = zip(catalog.subjects, catalog.lowercasedSubjects)
        if let exact = subjects.first(where: { $1.code == wanted || $1.name == wanted }) {
            return exact.0
        }
        let prefixed = subjects.filter { $1.code.hasPrefix(wanted) || $1.name.hasPrefix(wanted) }.map(\.0)
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 {
            error(
                Message(ResolverText.couldBeSubjects, text, prefixed.count), at: span,
                hint: Message(ResolverText.sayWhich, Self.listed(prefixed)))
            return nil
        }
        let candidates = catalog.subjects.map(\.code) + catalog.subjects.map(\.name)
        error(
            Message(ResolverText.noSubject, text), at: span,
            hint: Suggestion.meant(text, in: candidates)
                ?? Message(ResolverText.subjectsAre, Self.listed(catalog.subjects)))
        return nil
    }

    /// Subjects as a hint lists them: `alg (Алгебра), geom (Геометрия)`.
    static func listed(_ subjects: [JournalCatalog.Subject]) -> String {
        subjects.map { "\($0.code) (\($0.name))" }.joinedText(separator: ", ")
    }

    /// The codes a subject stands for (itself and its courses), checked against the scope's load.
    mutating func subjectCodes(_ text: String, at span: SourceSpan) -> [String]? {
        guard let subject = findSubject(text, at: span) else { return nil }
        let codes = catalog.subjectWithCourses(subject.code)
        if let classes = scopeClasses, !classes.isEmpty {
            let taught = catalog.subjectsTaught(inClasses: classes.map(\.id))
            if !taught.isEmpty && taught.isDisjoint(with: codes) {
                let names = classes.map(\.name).joinedText(separator: ", ")
                let offered = catalog.subjects.filter { taught.contains($0.code) }
                let taughtThere = Message(ResolverText.taughtIn, names, classes.count, Self.listed(offered))
                error(
                    Message(ResolverText.classHasNoSubject, names, classes.count, text, subject.name), at: span,
                    hint: Suggestion.meant(text, in: offered.map(\.code) + offered.map(\.name)).map {
                        Message(ResolverText.twoHints, $0, taughtThere)
                    } ?? taughtThere)
                return nil
            }
        }
        return codes
    }

    /// People of the given kinds named by id, surname, or surname and first name.
    mutating func findPeople(_ text: String, kinds: Set<JournalCatalog.PersonKind>, at span: SourceSpan)
        -> [JournalCatalog.Person]?
    {
        let candidates = catalog.people.filter { kinds.contains($0.kind) }
        let wanted = text.lowered()
        if let byID = candidates.first(where: { $0.id.lowered() == wanted }) { return [byID] }
        let words = wanted.split(separator: " ").map(String.init)
        let matches = candidates.filter { person in
            guard let last = words.first, person.lastName.lowered() == last else { return false }
            if words.count > 1 && person.firstName.lowered() != words[1] { return false }
            if words.count > 2 && person.middleName?.lowered() != words[2] { return false }
            return true
        }
        let students = kinds == [.student]
        if matches.isEmpty {
            let surnames = Array(Set(candidates.map(\.lastName))).sorted()
            let missing: ResolverText =
                students ? .noStudentNamed : kinds == [.staff] ? .noStaffNamed : .noPersonNamed
            error(
                Message(missing, text), at: span,
                hint: Suggestion.meant(words.first ?? text, in: surnames) ?? Message(ResolverText.namePerson))
            return nil
        }
        // Namesakes in other classes do not count when the query keeps to some classes.
        if matches.count > 1, let classes = scopeClasses, !classes.isEmpty {
            let names = Set(classes.map(\.name))
            let inScope = matches.filter { $0.className.map(names.contains) ?? false }
            if inScope.count == 1 { return inScope }
        }
        if matches.count > 1 {
            let listed = matches.prefix(6).map { person in
                "\(person.id) \(person.fullName)" + (person.className.map { " (\($0))" } ?? "")
            }
            error(
                Message(
                    students ? ResolverText.matchesStudents : ResolverText.matchesPeople, text, matches.count,
                    listed.joinedText(separator: ", ") + (matches.count > 6 ? ", …" : "")),
                at: span, hint: Message(ResolverText.addFirstName, "\(matches[0].lastName) \(matches[0].firstName)"))
            return nil
        }
        return matches
    }
}
