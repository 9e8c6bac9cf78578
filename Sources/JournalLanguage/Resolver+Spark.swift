import JournalFoundation

/// Typing `spark(marks(term 1) by week)`: a row's function, bucket by bucket, shown as a sparkline.
extension Resolver {
    /// What a series goes by: the Monday of each week, each month (`2026-11`), each day.
    static let seriesBuckets = ["week", "month", "date"]

    /// The sets a series can draw: those read from lessons, each with a date.
    private static let seriesSets: Set<Resolved.SetKind> = [.marks, .absences, .lates, .lessons, .topics, .homework]

    mutating func spark(_ name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan) -> Typed? {
        guard !grouped else {
            error(
                Message(ResolverText.sparkOfARow, Message.keyword("by")), at: span,
                hint: Message(ResolverText.sparkWithoutBy))
            return nil
        }
        var inner: Syntax.Expression?
        var buckets = "week"
        for argument in arguments {
            switch argument {
            case .expression(let expression) where inner == nil:
                inner = expression
            case .buckets(let word, _) where inner != nil:
                guard Self.seriesBuckets.contains(word.key) else {
                    error(
                        Message(ResolverText.bucketsAre, Message.keywords(Self.seriesBuckets), word.text),
                        at: word.span, hint: Message(ResolverText.sparkExample))
                    return nil
                }
                buckets = word.key
            default:
                error(
                    Message(ResolverText.sparkTakesASet), at: argument.span, hint: Message(ResolverText.sparkExample))
                return nil
            }
        }
        guard let inner else {
            error(Message(ResolverText.sparkTakesASet), at: span, hint: Message(ResolverText.sparkExample))
            return nil
        }
        guard let typed = expression(inner) else { return nil }
        guard case .measure(var measure) = typed.expression, ![.list, .median, .stddev].contains(measure.aggregate)
        else {
            error(Message(ResolverText.sparkTakesASet), at: inner.span, hint: Message(ResolverText.sparkExample))
            return nil
        }
        guard Self.seriesSets.contains(measure.set) else {
            error(
                Message(ResolverText.sparkCannotRead, Message.keyword(measure.set.rawValue)), at: inner.span,
                hint: Message(ResolverText.sparkExample))
            return nil
        }
        measure.buckets = buckets
        return Typed(expression: .measure(measure), type: .series)
    }

    /// `by week` inside the brackets of any function but spark.
    mutating func refuseBuckets(_ arguments: [Syntax.Argument]) -> Bool {
        for case .buckets(_, let span) in arguments {
            error(Message(ResolverText.bucketsOnlyInSpark), at: span, hint: Message(ResolverText.sparkExample))
            return true
        }
        return false
    }
}

extension Resolver {
    /// Whether an expression holds a series anywhere.
    static func holdsSeries(_ expression: Resolved.Expression) -> Bool {
        if case .measure(let measure) = expression, measure.buckets != nil { return true }
        return expression.children.contains(where: holdsSeries)
    }

    /// A series anywhere but as a shown column of its own is refused: it is drawn, not computed with.
    /// Returns whether it was.
    mutating func refuseSeries(_ typed: Typed, at span: SourceSpan, shown: Bool) -> Bool {
        guard Self.holdsSeries(typed.expression), !(shown && typed.type == .series) else { return false }
        error(Message(ResolverText.sparkIsShownOnly), at: span, hint: Message(ResolverText.sparkExample))
        return true
    }
}
