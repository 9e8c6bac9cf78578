import JournalStore

/// What a resolved query reads, for the authorizer: decided from the query's source, the
/// fields and functions it uses anywhere (`show`, `where`, `by`, `order by`) and its scope —
/// never from the SQL it compiles to, so a new source or field cannot be added without it.
extension Resolved.Source {
    /// The kind of data a row of the source is.
    var family: DataFamily {
        switch self {
        case .students: return .studentNames
        case .teachers, .staff, .classes, .subjects: return .school
        case .parents: return .personal
        case .lessons, .marks, .absences, .grades, .corrections, .remarks: return .journal
        case .visits: return .visits
        case .failedLogins, .reissues, .changes: return .audit
        }
    }
}

extension Resolved.Query {
    /// The kinds of data the query reads, and whose.
    ///
    /// The classes are the scope's (`in 7А`); a query without one reads the whole school. Every
    /// function of a row keeps to the scope (`teachers in 7А show marks(term 1)`: their marks in 7А).
    func reading(classNames: [Int: String]) -> Reading {
        var families: Set<DataFamily> = [source.family]
        func visit(_ expression: Resolved.Expression) {
            switch expression {
            case .field(let field), .keyIn(let field, _):
                families.insert(field.family ?? source.family)
            case .measure(let measure):
                switch measure.set {
                case .marks, .absences, .lates, .lessons, .topics, .homework: families.insert(.journal)
                case .visits: families.insert(.visits)
                // Even a count of students reads the students' rows: their names' readers count them.
                case .students: families.insert(.studentNames)
                }
            case .grade, .gradeMeasure: families.insert(.journal)
            default: break
            }
            expression.children.forEach(visit)
        }
        condition.map(visit)
        groups.forEach { visit($0.expression) }
        columns.forEach { visit($0.expression) }
        order.forEach { visit($0.expression) }
        let classes = scope.map(\.covered)
        return Reading(families, classIDs: classes?.isEmpty ?? true ? nil : classes, classNames: classNames)
    }
}
