import JournalFoundation

/// Which `by` groups a deputy expects to see though they have no rows: counting the marks, absences
/// or lessons of a scope by teacher, subject or class, every teacher and subject of the scope's
/// teaching load (of the school's, without a scope) and every class of the scope (of the school) is
/// a row, with 0 where none of the rows are theirs — a teacher with no marks in two weeks is the
/// answer, not a gap. It applies when the one `by` item is that field, every shown item is it or an
/// aggregate, every `order by` item is shown, and the `where` says nothing of the dimension (`where
/// teacher = T009 by teacher` keeps to T009). A note under the result says so when it lists any.
extension Resolver {
    /// The fields a dimension's members are listed by, and the fields whose condition would keep to
    /// some of them.
    static let paddedDimensions: [String: Set<String>] = [
        "teacher": ["teacher"], "subject": ["subject"], "class": ["class", "grade"],
    ]

    mutating func padding(
        source: Resolved.Source, groups: [Resolved.Column], columns: [Resolved.Column], order: [Resolved.OrderItem],
        condition: Resolved.Expression?, scope: [Syntax.ScopeItem]
    ) -> (dimension: String?, note: Message?) {
        guard [.marks, .absences, .lessons].contains(source), !catalog.isPast, groups.count == 1,
            case .field(let field) = groups[0].expression, let related = Self.paddedDimensions[field.name]
        else { return (nil, nil) }
        let key = groups[0].expression
        for column in columns {
            switch column.expression {
            case key, .groupAggregate: continue
            default: return (nil, nil)
            }
        }
        guard order.allSatisfy({ item in columns.contains { $0.expression == item.expression } }) else {
            return (nil, nil)
        }
        if let condition, Self.mentions(condition, related) { return (nil, nil) }
        let whose: Message =
            scope.isEmpty
            ? Message(AnalystText.theSchool) : .verbatim(scope.map(\.text).joinedText(separator: ", "))
        let note: Message
        switch field.name {
        case "teacher": note = Message(AnalystText.notePaddedTeachers, whose)
        case "subject": note = Message(AnalystText.notePaddedSubjects, whose)
        default: note = Message(AnalystText.notePaddedClasses, whose)
        }
        return (field.name, note)
    }

    /// Whether an expression reads one of the fields named.
    static func mentions(_ expression: Resolved.Expression, _ names: Set<String>) -> Bool {
        switch expression {
        case .field(let field), .keyIn(let field, _): if names.contains(field.name) { return true }
        default: break
        }
        return expression.children.contains { mentions($0, names) }
    }
}
