import JournalFoundation

/// Typing aggregates over linked rows: `sum(load.hours)` of a teacher, `count(parents)` of a
/// student, `avg(children.marks(term 1))` of a parent. The value after the link is typed as a
/// field or function of the linked source's rows, by a resolver of that source that keeps to
/// this query's scope and span.
extension Resolver {
    /// The link a word names from the query's rows, if it names one.
    func link(named word: Syntax.Word) -> SourceLink? {
        let links = SourceLink.links(of: schema.source)
        return word.readings.lazy.compactMap { reading in links.first { $0.name == reading } }.first
    }

    /// Whether an aggregate's argument is a bare link (`count(parents)`) rather than a field or set.
    func namesALink(_ word: Syntax.Word) -> Bool {
        guard link(named: word) != nil, !Self.sets(of: schema.source).contains(word.key) else { return false }
        // In a `by` group a field of the same name (the `children` of a parent) is the rows' field.
        return !(grouped && word.readings.contains { schema.field($0) != nil })
    }

    /// An aggregate over the rows `word` links to: of `value` (a field or function of theirs), or
    /// their count.
    mutating func linkedAggregate(_ aggregate: Resolved.Aggregate, link word: Syntax.Word, value: Syntax.Expression?)
        -> Typed?
    {
        let function = Message.keyword(aggregate.rawValue)
        guard let link = link(named: word) else {
            let names = SourceLink.links(of: schema.source).map(\.name)
            let source = Message.keyword(schema.source.rawValue)
            error(
                Message(ResolverText.noLink, source, word.text), at: word.span,
                hint: Suggestion.meantKeyword(word.key, in: names)
                    ?? (names.isEmpty
                        ? Message(ResolverText.noLinks, source)
                        : Message(ResolverText.linksAre, source, Message.keywords(names))))
            return nil
        }
        let span = SourceLink.dated.contains(link.target) ? querySpan : nil
        if grouped && [.avg, .share, .median, .stddev].contains(aggregate) {
            // An average of the rows' averages is not the group's average: refused, not guessed.
            error(
                Message(ResolverText.linkedAverageInGroup, function), at: word.span,
                hint: Message(ResolverText.linkedAverageHint, Message.keyword("by")))
            return nil
        }
        guard let value else {
            guard aggregate == .count else {
                error(
                    Message(ResolverText.needsNumbers, function, Message(ResolverText.aText)), at: word.span,
                    hint: Message(ResolverText.exampleLink, Message.verbatim("count(\(word.text))")))
                return nil
            }
            return Typed(
                expression: .linked(
                    Resolved.Linked(owner: schema.source, link: link.name, aggregate: .count, value: nil, span: span)),
                type: .number)
        }
        var linked = Resolver(catalog: catalog, today: today, source: link.target)
        linked.scopeClasses = scopeClasses
        linked.defaultSpan = defaultSpan
        linked.querySpan = querySpan
        let typed = linked.expression(value)
        errors += linked.errors
        for note in linked.notes where !notes.contains(note) { notes.append(note) }
        guard let typed else { return nil }
        if [.avg, .sum, .median, .stddev].contains(aggregate) && typed.type != .number {
            error(Message(ResolverText.needsNumbers, function, typed.type.described), at: value.span)
            return nil
        }
        if aggregate == .share && typed.type != .bool {
            error(
                Message(ResolverText.shareIsAPercent, typed.type.described), at: value.span,
                hint: Message(ResolverText.exampleShare))
            return nil
        }
        let type: Resolved.ValueType =
            switch aggregate {
            case .count, .avg, .sum, .share, .median, .stddev: .number
            case .list: .text
            case .min, .max: typed.type
            }
        return Typed(
            expression: .linked(
                Resolved.Linked(
                    owner: schema.source, link: link.name, aggregate: aggregate, value: typed.expression, span: span)),
            type: type)
    }

    /// A link's field or function outside an aggregate: the rows it names are many.
    mutating func linkOutsideAggregate(_ word: Syntax.Word, at span: SourceSpan) {
        error(
            Message(ResolverText.linkNeedsAggregate, word.text), at: span,
            hint: Message(ResolverText.exampleLink, Message.verbatim("count(\(word.text))")))
    }
}
