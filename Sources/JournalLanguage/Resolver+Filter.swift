import JournalFoundation

/// Typing a filter inside a function: `count(marks(term 1) where late)` keeps a row's set to the
/// marks for which the condition holds (a condition on the marks' own fields, as in `marks where
/// …`); `avg(value where kind = control)` keeps a `by` group's rows (or the whole result's) to those
/// for which it holds; `count(where late)` counts them. A filter that cannot apply is an error where
/// it stands, never ignored.
extension Resolver {
    /// The filters of a call's arguments (`where …`), each with its span.
    static func filters(of arguments: [Syntax.Argument]) -> [(condition: Syntax.Expression, span: SourceSpan)] {
        arguments.compactMap { argument in
            if case .filter(let condition, let span) = argument { return (condition, span) }
            return nil
        }
    }

    /// A filter where none can apply: refused at its place.
    mutating func refuseFilter(_ span: SourceSpan, of function: String) {
        error(
            Message(AnalystText.filterNotHere, Message.keyword("where"), Message.keyword(function)), at: span,
            hint: Message(AnalystText.filterExamples))
    }

    /// An aggregate with a filter: of its set (the filter goes to the set's function), or of the
    /// group's rows (the value where the condition holds, empty elsewhere).
    mutating func filteredAggregate(
        _ key: String, name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan
    ) -> Typed? {
        let filters = Self.filters(of: arguments)
        if filters.count > 1 {
            error(Message(AnalystText.oneFilter, Message.keyword("where")), at: filters[1].span)
            return nil
        }
        let (condition, filterSpan) = filters[0]
        let values = arguments.filter {
            if case .filter = $0 { return false }
            return true
        }
        let function = Message.keyword(key)
        if values.isEmpty {
            // `count(where late)`: how many of the group's rows it holds for.
            guard key == "count" else {
                refuseFilter(filterSpan, of: key)
                return nil
            }
            guard grouped else {
                error(
                    Message(ResolverText.aggregateNeedsBy, function, Message.keyword("by")), at: span,
                    hint: Message(ResolverText.exampleBySubject, Message.keyword(schema.source.rawValue), function))
                return nil
            }
            guard let holds = rowCondition(condition) else { return nil }
            return Typed(expression: .groupAggregate(.count, .filtered(.bool(true), condition: holds)), type: .number)
        }
        guard values.count == 1, case .expression(let argument) = values[0] else {
            return call(name, values, span: span)  // its own error: one argument
        }
        switch argument {
        case .call(let inner, let innerArguments, let innerSpan) where Self.setFunctions.contains(inner.key):
            // The set's own filter: `count(marks(term 1) where late)` is `count(marks(term 1 where late))`.
            let filtered = Syntax.Expression.call(inner, innerArguments + [.filter(condition, filterSpan)], innerSpan)
            return call(name, [.expression(filtered)], span: span)
        case .linked:
            refuseFilter(filterSpan, of: key)
            return nil
        case .word(let word) where namesALink(word) || (word.key == "students" && schema.field(word.key) == nil):
            // Linked rows and a class's students are counted whole.
            refuseFilter(filterSpan, of: key)
            return nil
        default:
            break
        }
        guard let typed = call(name, values, span: span) else { return nil }
        guard case .groupAggregate(let aggregate, let value?) = typed.expression else {
            refuseFilter(filterSpan, of: key)
            return nil
        }
        guard let holds = rowCondition(condition) else { return nil }
        return Typed(expression: .groupAggregate(aggregate, .filtered(value, condition: holds)), type: typed.type)
    }

    /// A condition on the rows of the query (inside an aggregate: on each row's fields).
    private mutating func rowCondition(_ condition: Syntax.Expression) -> Resolved.Expression? {
        let wasGrouped = grouped
        grouped = false
        defer { grouped = wasGrouped }
        guard let typed = expression(condition) else { return nil }
        return requireBool(typed, at: condition.span, clause: "where")
    }

    /// The filter of a set function (`marks(term 1 where late)`), typed on the fields of the set's
    /// rows: marks, absences (and lates) or lessons (topics, homework). Nil with no filter; a set
    /// whose rows cannot be filtered is an error.
    mutating func setFilter(_ arguments: [Syntax.Argument], of set: Resolved.SetKind, function: String)
        -> (filter: Resolved.Expression?, failed: Bool)
    {
        let filters = Self.filters(of: arguments)
        guard let first = filters.first else { return (nil, false) }
        if filters.count > 1 {
            error(Message(AnalystText.oneFilter, Message.keyword("where")), at: filters[1].span)
            return (nil, true)
        }
        let probe = Resolved.Measure(set: set, subjects: nil, span: nil, aggregate: .count)
        guard let source = probe.filterSource else {
            refuseFilter(first.span, of: function)
            return (nil, true)
        }
        var rows = Resolver(catalog: catalog, today: today, source: source)
        rows.scopeClasses = scopeClasses
        let typed = rows.expression(first.condition)
        let holds = typed.flatMap { rows.requireBool($0, at: first.condition.span, clause: "where") }
        errors += rows.errors
        for note in rows.notes where !notes.contains(note) { notes.append(note) }
        guard let holds, rows.errors.isEmpty else { return (nil, true) }
        return (holds, false)
    }
}
