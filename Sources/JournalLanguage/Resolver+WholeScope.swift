import JournalFoundation

/// `all(f)`: a function of a row over the query's whole scope, beside each row's own
/// (`teachers in 7А show name, marks(term 1), all(marks(term 1))`: each teacher's average in 7А
/// against 7А's from every teacher).
extension Resolver {
    mutating func wholeScope(_ name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan) -> Typed? {
        let function = Message.keyword("all")
        guard arguments.count == 1, case .expression(let argument) = arguments[0] else {
            error(Message(WholeScopeText.takesAFunction, function), at: span, hint: Message(WholeScopeText.example))
            return nil
        }
        // Under `by` (or `count()` with no `by`) the rows are pooled already: the group is the whole.
        guard !grouped else {
            error(
                Message(WholeScopeText.notInAGroup, function), at: span,
                hint: Message(WholeScopeText.groupHint, Message.keyword("by")))
            return nil
        }
        guard let typed = typedQuery, let pooled = pooled(argument) else {
            error(
                Message(WholeScopeText.takesAFunction, function), at: argument.span,
                hint: Message(WholeScopeText.example))
            return nil
        }
        // The same source, scope and span; no filter, order or limit: the scope's rows, pooled as
        // `count()` with no `by` pools them (the count, needed to pool, is left out after).
        var whole = typed
        whole.condition = nil
        whole.groups = []
        whole.order = []
        whole.limit = nil
        whole.chart = nil
        let count = Syntax.Word(text: "count", span: name.span, key: "count")
        whole.shows = [
            Syntax.Item(expression: .call(count, [], name.span), text: "count()"),
            Syntax.Item(expression: pooled, text: name.text),
        ]
        var resolver = Resolver(catalog: catalog, today: today, source: schema.source)
        guard var resolved = resolver.query(whole, source: schema.source), resolver.errors.isEmpty,
            resolved.columns.count == 2
        else {
            // The query's own mistakes (an unknown class of the scope) are reported once, by the query.
            for found in resolver.errors where !errors.contains(found) { errors.append(found) }
            return nil
        }
        resolved.columns.removeFirst()
        for note in resolved.notes where !notes.contains(note) { notes.append(note) }
        resolved.notes = []
        return Typed(expression: .wholeScope(resolved), type: resolved.columns[0].type)
    }

    /// The argument as a group pools it: a function of a row (`marks(term 1)` → `avg(marks(term 1))`,
    /// `absences(term 1)` → `count(absences(term 1))`), or an aggregate of one; nil for anything else.
    private func pooled(_ argument: Syntax.Expression) -> Syntax.Expression? {
        guard case .call(let word, let arguments, let span) = argument else { return nil }
        if Self.setFunctions.contains(word.key) {
            let key = ["marks", "topics", "homework"].contains(word.key) ? "avg" : "count"
            return .call(Syntax.Word(text: key, span: word.span, key: key), [.expression(argument)], span)
        }
        guard Self.aggregates.contains(word.key), word.key != "list", arguments.count == 1,
            case .expression(.call(let inner, _, _)) = arguments[0], Self.setFunctions.contains(inner.key)
        else { return nil }
        return argument
    }
}
