import JournalFoundation
import JournalStore

extension Resolver {
    /// `group NAME of CLASS SUBJECT [on DAY]: …` (a group defined) or `group NAME add|remove [on DAY]: …`
    /// (a group that exists changed): its students are looked up in its class; the day is today
    /// unless said.
    mutating func groupChange(
        _ name: Token, _ of: Token?, _ subject: Token?, _ verb: Syntax.GroupVerb, _ on: Syntax.Day?,
        _ dateAt: SourceSpan?, _ members: [Syntax.StudentItem<Syntax.NothingMore>]
    ) throws -> JournalWrite.GroupChange {
        let schoolClass: JournalCatalog.SchoolClass
        let code: String
        if let of, let subject {
            schoolClass = try self.schoolClass(of)
            code = try self.subject(subject).code
        } else {
            let found = try group(name)
            guard let owner = catalog.classes.first(where: { $0.id == found.classID }) else {
                throw refuse(Message(ResolverText.noGroup, name.text), at: name.span, hint: classNameHint(name.text))
            }
            schoolClass = owner
            code = found.subject
        }
        var students: [(student: String, place: JournalWrite.Place)] = []
        for item in members {
            let id = try entry(item, in: schoolClass).0.id
            students.append((id, place(item.span)))
        }
        let kind: JournalWrite.GroupChange.Kind =
            switch verb {
            case .define: .define
            case .add: .add
            case .remove: .remove
            }
        return JournalWrite.GroupChange(
            name: found(name.text, in: schoolClass) ?? name.text, classID: schoolClass.id, subject: code, kind: kind,
            members: students, date: on.map(date) ?? today.text, datePlace: dateAt.map(place))
    }

    /// A group's name as the journal spells it, when the class has it.
    private func found(_ text: String, in schoolClass: JournalCatalog.SchoolClass) -> String? {
        catalog.groups.first { $0.classID == schoolClass.id && $0.name.lowered() == text.lowered() }?.name
    }
}
