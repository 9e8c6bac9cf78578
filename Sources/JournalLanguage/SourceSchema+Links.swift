/// A link from a source's rows to the rows of another source: a teacher's load, a student's
/// parents, a parent's children, a group's students. An aggregate reads it
/// (`sum(load.hours)`, `count(parents)`, `avg(children.marks(term 1))`).
struct SourceLink: Equatable, Sendable {
    /// The link's name as typed after the owner's rows (`load`, `children`).
    let name: String
    /// The source of the linked rows.
    let target: Resolved.Source
    /// The owning row's key, in the owner's schema.
    let ownerKey: String
    /// What ties a linked row to its owner, in the linked source's schema: the owner's key itself
    /// (`ld.teacher`), or the row's own key when a table of pairs ties them.
    let targetKey: String
    /// The table of pairs for a link of many to many (`parent_child lp`), with its owner and
    /// linked-row columns; nil when the linked row holds its owner's key.
    let pairs: Pairs?

    struct Pairs: Equatable, Sendable {
        let table: String
        let owner: String
        let target: String
        /// Whether an owner's pairs are read by the owner's index (the target column's index not used
        /// to join them): a student's one or two parents, a group's members, found at once, where
        /// SQLite would otherwise try every linked row's key against each owner (u04 on 21 classes:
        /// the SQL 1.75 → 0.8 of the expert's). Not for a student's groups, whose index of current
        /// members by group answers with the members' table unread.
        var byOwner = false
    }

    /// The links of each source's rows, in the order `.help` lists them.
    static func links(of source: Resolved.Source) -> [SourceLink] {
        let parentChild = { (owner: String, target: String) in
            Pairs(table: "parent_child lp", owner: "lp.\(owner)", target: "lp.\(target)", byOwner: true)
        }
        let members = { (owner: String, target: String) in
            // A group's members now (a stay that ended is history, read by date where a lesson has one).
            Pairs(
                table: "(SELECT group_id, student_id FROM group_member WHERE until IS NULL) lp", owner: "lp.\(owner)",
                target: "lp.\(target)", byOwner: owner == "group_id")
        }
        switch source {
        case .students:
            return [
                SourceLink(
                    name: "parents", target: .parents, ownerKey: "s.id", targetKey: "p.id",
                    pairs: parentChild("student_id", "parent_id")),
                SourceLink(
                    name: "groups", target: .groups, ownerKey: "s.id", targetKey: "gr.id",
                    pairs: members("student_id", "group_id")),
            ]
        case .parents:
            return [
                SourceLink(
                    name: "children", target: .students, ownerKey: "p.id", targetKey: "s.id",
                    pairs: parentChild("parent_id", "student_id"))
            ]
        case .teachers, .staff:
            return [
                SourceLink(name: "load", target: .load, ownerKey: "t.id", targetKey: "ld.teacher", pairs: nil),
                SourceLink(
                    name: "timetable", target: .timetable, ownerKey: "t.id", targetKey: "tt.teacher", pairs: nil),
            ]
        case .classes:
            return [
                SourceLink(name: "students", target: .students, ownerKey: "k.id", targetKey: "c.id", pairs: nil),
                SourceLink(name: "load", target: .load, ownerKey: "k.id", targetKey: "ld.class_id", pairs: nil),
                SourceLink(
                    name: "timetable", target: .timetable, ownerKey: "k.id", targetKey: "tt.class_id", pairs: nil),
                SourceLink(name: "plan", target: .plan, ownerKey: "k.id", targetKey: "pt.class_id", pairs: nil),
                SourceLink(name: "groups", target: .groups, ownerKey: "k.id", targetKey: "gr.class_id", pairs: nil),
            ]
        case .groups:
            return [
                SourceLink(
                    name: "students", target: .students, ownerKey: "gr.id", targetKey: "s.id",
                    pairs: members("group_id", "student_id")),
                SourceLink(name: "load", target: .load, ownerKey: "gr.id", targetKey: "ld.group_id", pairs: nil),
                SourceLink(
                    name: "timetable", target: .timetable, ownerKey: "gr.id", targetKey: "tt.group_id", pairs: nil),
                SourceLink(name: "plan", target: .plan, ownerKey: "gr.id", targetKey: "pt.group_id", pairs: nil),
            ]
        default:
            return []
        }
    }

    /// The linked sources whose rows have dates of their own: the query's span keeps them to it.
    static let dated: Set<Resolved.Source> = [.plan, .timetable]
}
