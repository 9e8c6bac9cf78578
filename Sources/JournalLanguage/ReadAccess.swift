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
        case .load, .timetable, .plan, .groups, .periods: return .school
        case .exams: return .journal
        case .enrolment, .orders: return .studentNames
        case .accounts, .backups: return .accounts
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
        func visit(_ expression: Resolved.Expression, of source: Resolved.Source) {
            switch expression {
            case .field(let field), .keyIn(let field, _):
                families.insert(field.family ?? source.family)
            case .linked(let linked):
                // The linked rows are read as their own source's, with what their value reads.
                let target = SourceLink.links(of: linked.owner).first { $0.name == linked.link }?.target ?? source
                families.insert(target.family)
                linked.value.map { visit($0, of: target) }
            case .measure(let measure):
                switch measure.set {
                case .marks, .absences, .lates, .lessons, .topics, .homework: families.insert(.journal)
                case .visits: families.insert(.visits)
                // Even a count of students reads the students' rows: their names' readers count them.
                case .students: families.insert(.studentNames)
                }
                // A filter reads the fields of the set's rows (`where risk` reads personal data).
                if let filter = measure.filter, let filtered = measure.filterSource { visit(filter, of: filtered) }
            case .grade, .gradeMeasure: families.insert(.journal)
            case .wholeScope(let whole):
                // The scope's rows pooled: what its one column reads.
                whole.columns.forEach { visit($0.expression, of: whole.source) }
            default: break
            }
            expression.children.forEach { visit($0, of: source) }
        }
        condition.map { visit($0, of: source) }
        groups.forEach { visit($0.expression, of: source) }
        columns.forEach { visit($0.expression, of: source) }
        order.forEach { visit($0.expression, of: source) }
        let classes = scope.map(\.covered)
        // A student's timetable (their class's, and of its groups only theirs) is their own, and
        // their parents': it names no one.
        var own: [String]?
        if source == .timetable, families == [.school], let scope, !scope.studentIDs.isEmpty,
            scope.classIDs.isEmpty, scope.groupIDs.isEmpty
        {
            own = scope.studentIDs
        }
        return Reading(
            families, classIDs: classes?.isEmpty ?? true ? nil : classes, classNames: classNames, students: own)
    }
}
