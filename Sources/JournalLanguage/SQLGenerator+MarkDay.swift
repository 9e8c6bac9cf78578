import JournalFoundation

/// Marks counted by day from the summary the store keeps (`mark_day`: by class and date, how many
/// marks and their sum): `marks during term 1 by weekday show weekday, avg(value)` adds up the rows of
/// the days of the span instead of reading every mark. The summary's rows stand for the marks `l`
/// (their lesson's class and date), joined to the class `lc` as the marks are, so that the span's,
/// the scope's and the `by` items' SQL is the marks' own; a row is a whole day, so a span has no edges
/// to read from the marks.
///
/// It answers a question of the marks of the school or of some classes, grouped by items that are
/// functions of the lesson's date (`date`, `week`, `month`, `weekday`, `month(date)`) or not grouped,
/// whose columns and order are those items, `count()`, `avg(value)` and `sum(value)`. Anything else —
/// a `where` on the marks, a group's or a student's marks, another aggregate — reads the marks, as
/// before (`explain` says which). One class's too: its days are fewer than its marks.
extension SQLGenerator {
    /// The marks' fields that are the lesson's date or a bucket of it.
    private static let dateFields: Set<String> = ["date", "week", "month", "weekday"]

    /// Whether a `by` item is a function of the lesson's date alone.
    private func isOfDate(_ expression: Resolved.Expression) -> Bool {
        switch expression {
        case .field(let field): return Self.dateFields.contains(field.name) && field.sql.mentions("l.date")
        case .datePart(_, let inner): return isOfDate(inner)
        default: return false
        }
    }

    /// A column's aggregate over `mark_day`'s rows; nil for another expression.
    func markDayAggregate(_ expression: Resolved.Expression) -> String? {
        switch expression {
        case .groupAggregate(.count, nil): return "coalesce(sum(l.n), 0)"
        case .groupAggregate(.sum, .field(let field)) where field.name == "value": return "coalesce(sum(l.total), 0)"
        case .groupAggregate(.avg, .field(let field)) where field.name == "value":
            return "\(dialect.real("sum(l.total)")) / sum(l.n)"
        default: return nil
        }
    }

    /// Whether the query is one `mark_day` could answer by its shape (its source, `by` items and
    /// columns), whatever its filter and scope.
    private var asksMarksByDay: Bool {
        guard query.source == .marks, query.padded == nil, !query.groups.isEmpty || query.summarized,
            query.groups.allSatisfy({ isOfDate($0.expression) })
        else { return false }
        let shown = query.columns.map(\.expression) + query.order.map(\.expression)
        return shown.allSatisfy { expression in
            query.groups.contains { $0.expression == expression } || markDayAggregate(expression) != nil
        }
    }

    /// Whether the query's marks are read from `mark_day`.
    var readsMarkDay: Bool {
        guard Self.summaryChoice != .never, asksMarksByDay, query.condition == nil else { return false }
        // Even one class's days are fewer than its marks, and a span has no edges: its term's 40 rows
        // against 1,500 marks (0.1 ms against 4 on the 60-class school).
        guard let scope = query.scope else { return true }
        return scope.groupIDs.isEmpty && scope.studentIDs.isEmpty && !scope.classIDs.isEmpty
    }

    /// What a marks question by day reads, for `explain`: nil for another query.
    var markDayUse: SQLQuery.SummaryUse? {
        guard asksMarksByDay else { return nil }
        return readsMarkDay ? .days : .rawRows
    }

    /// The rows `mark_day` gives in place of the marks: `l` (class_id, date, n, total) and its class `lc`.
    static let markDayFrom = "mark_day l JOIN class lc ON lc.id = l.class_id"
}
