import JournalFoundation

/// Typing function calls: aggregates, the functions of a row (`marks(…)`), grades.
extension Resolver {
    mutating func call(_ name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan) -> Typed? {
        let key = name.key
        if key == "spark" { return spark(name, arguments, span: span) }
        if key == "all" { return wholeScope(name, arguments, span: span) }
        if refuseBuckets(arguments) { return nil }
        if Self.aggregates.contains(key) {
            return aggregate(key, name: name, arguments, span: span)
        }
        if Self.setFunctions.contains(key) {
            let defaultAggregate: Resolved.Aggregate =
                key == "marks" || key == "topics" || key == "homework" ? .avg : .count
            return measure(name, arguments, aggregate: defaultAggregate)
        }
        if key == "grade" {
            return grade(name, arguments)
        }
        if let measure = Resolved.GradeMeasure(rawValue: key) {
            return gradeMeasure(measure, name: name, arguments)
        }
        if Self.dateParts.contains(key) {
            let function = Message.keyword(key)
            guard arguments.count == 1, case .expression(let argument) = arguments[0] else {
                error(
                    Message(ResolverText.takesOneDate, function), at: span,
                    hint: Message(ResolverText.exampleCall, function, Message.keyword("birth_date")))
                return nil
            }
            guard let typed = expression(argument) else { return nil }
            guard typed.type == .date || typed.type == .timestamp else {
                error(
                    Message(ResolverText.takesADate, function, typed.type.described), at: argument.span,
                    hint: Message(
                        ResolverText.exampleCalls, function, Message.keyword("birth_date"), Message.keyword("date")))
                return nil
            }
            return Typed(expression: .datePart(key, typed.expression), type: key == "week" ? .date : .number)
        }
        let fields = schema.fields.map(\.name)
        error(
            Message(ResolverText.noFunction, name.text), at: name.span,
            hint: Suggestion.meantKeyword(key, in: Self.functions)
                ?? (fields.contains(key) ? Message(ResolverText.isAField, Message.keyword(key)) : nil)
                ?? Message(ResolverText.functionsAre, Message.keywords(Self.functions)))
        return nil
    }

    private mutating func aggregate(_ key: String, name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan)
        -> Typed?
    {
        if !Self.filters(of: arguments).isEmpty {
            return filteredAggregate(key, name: name, arguments, span: span)
        }
        let aggregate = Resolved.Aggregate(rawValue: key)!
        let function = Message.keyword(key)
        if arguments.isEmpty && key == "count" && grouped {
            return Typed(expression: .groupAggregate(.count, nil), type: .number)
        }
        guard arguments.count == 1, case .expression(let argument) = arguments[0] else {
            error(
                Message(ResolverText.takesOneArgument, function), at: span,
                hint: Message(grouped ? ResolverText.exampleAggregateOrField : ResolverText.exampleAggregate, function))
            return nil
        }
        // The argument is a set: marks(…), absences(…), students.
        if aggregate == .share, case .call(let inner, _, _) = argument, Self.setFunctions.contains(inner.key) {
            error(
                Message(ResolverText.shareTakesACondition, inner.text), at: argument.span,
                hint: Message(ResolverText.exampleShareByTeacher))
            return nil
        }
        switch argument {
        case .linked(let link, let value, _):
            return linkedAggregate(aggregate, link: link, value: value)
        case .word(let word) where namesALink(word):
            return linkedAggregate(aggregate, link: word, value: nil)
        case .call(let inner, let innerArguments, _) where Self.setFunctions.contains(inner.key):
            guard let typed = measure(inner, innerArguments, aggregate: aggregate) else { return nil }
            if grouped && aggregate == .median {
                // A group's middle mark is not made of its rows' own middles: refused, not guessed.
                error(
                    Message(AnalystText.medianOfAGroup, function, Message.keyword(inner.key), Message.keyword("by")),
                    at: span,
                    hint: Message(AnalystText.medianOfAGroupHint))
                return nil
            }
            return typed
        case .word(let word) where word.key == "students" && schema.field(word.key) == nil:
            guard aggregate == .count else {
                error(
                    Message(ResolverText.studentsAreCounted), at: span, hint: Message(ResolverText.exampleCountStudents)
                )
                return nil
            }
            return measure(word, [], aggregate: .count)
        default:
            break
        }
        guard grouped else {
            error(
                Message(ResolverText.aggregateNeedsBy, function, Message.keyword("by")), at: span,
                hint: Message(ResolverText.exampleBySubject, Message.keyword(schema.source.rawValue), function))
            return nil
        }
        // Inside an aggregate, every field of the rows may be used.
        let wasGrouped = grouped
        grouped = false
        defer { grouped = wasGrouped }
        guard let typed = expression(argument) else { return nil }
        // `sum(late)`: a yes/no counts its yeses (as share(late) gives their percent).
        if [.avg, .sum, .median, .stddev].contains(aggregate) && typed.type != .number
            && !(aggregate == .sum && typed.type == .bool)
        {
            error(Message(ResolverText.needsNumbers, function, typed.type.described), at: argument.span)
            return nil
        }
        if aggregate == .share && typed.type != .bool {
            error(
                Message(ResolverText.shareIsAPercent, typed.type.described), at: argument.span,
                hint: Message(ResolverText.exampleShare))
            return nil
        }
        return Typed(
            expression: .groupAggregate(aggregate, typed.expression),
            type: [.count, .avg, .sum, .share, .median, .stddev].contains(aggregate)
                ? .number
                : aggregate == .list ? .text : typed.type)
    }

    /// `marks(math, term 2)` and the other functions of a row: a set, with an aggregate.
    mutating func measure(_ name: Syntax.Word, _ arguments: [Syntax.Argument], aggregate: Resolved.Aggregate) -> Typed?
    {
        let key = name.key
        let owned = Self.sets(of: schema.source)
        guard owned.contains(key) else {
            let owners = Resolved.Source.allCases.filter { Self.sets(of: $0).contains(key) }.map(\.rawValue)
            let source = Message.keyword(schema.source.rawValue)
            let function = Message.keyword(key)
            error(
                Message(ResolverText.noFunctionOf, source, function), at: name.span,
                hint: owned.isEmpty
                    ? Message(
                        ResolverText.functionOfOthers, function, Message.keywords(owners), source,
                        Message.fields(schema.fields.map(\.name), of: schema.source.rawValue))
                    : Message(ResolverText.functionsOfSourceAre, source, Message.keywords(owned)))
            return nil
        }
        let set = Resolved.SetKind(rawValue: key)!
        let (filter, failed) = setFilter(arguments, of: set, function: key)
        if failed { return nil }
        let (subjects, span) = subjectAndSpan(
            arguments, of: key, takesSubject: set != .visits && set != .students, filtered: true)
        guard
            !errors.contains(where: {
                $0.span.start >= name.span.start && $0.span.end <= (arguments.last?.span.end ?? name.span.end)
            })
        else { return nil }
        switch (set, aggregate) {
        case (.marks, _), (.topics, .avg), (.homework, .avg), (_, .count):
            break
        default:
            let function = Message.keyword(key)
            error(
                Message(ResolverText.onlyCounted, Message.keyword(aggregate.rawValue), function), at: name.span,
                hint: Message(ResolverText.exampleCountOf, function))
            return nil
        }
        let type: Resolved.ValueType = aggregate == .list ? .text : .number
        return Typed(
            expression: .measure(
                Resolved.Measure(
                    set: set, subjects: subjects, span: span ?? defaultSpan, aggregate: aggregate, filter: filter)),
            type: type)
    }

    /// The subject and span arguments of a function, in any order, each at most once.
    private mutating func subjectAndSpan(
        _ arguments: [Syntax.Argument], of function: String, takesSubject: Bool, filtered: Bool = false
    )
        -> ([String]?, Resolved.Span?)
    {
        var subjects: [String]?
        var span: Resolved.Span?
        var sawSpan = false
        for argument in arguments {
            switch argument {
            case .buckets: continue  // refused before: `by` in brackets is spark's
            case .filter(_, let location):
                // A set's filter is its own (`setFilter`); elsewhere it cannot apply.
                if !filtered { refuseFilter(location, of: function) }
            case .span(let syntax):
                if sawSpan {
                    error(
                        Message(ResolverText.takesOneSpan, Message.keyword(function)), at: syntax.span,
                        hint: Message(ResolverText.removeOne))
                    continue
                }
                sawSpan = true
                span = resolveSpan(syntax)
            case .expression(let expression):
                guard takesSubject, subjects == nil else {
                    let name = Message.keyword(function)
                    error(
                        Message(takesSubject ? ResolverText.takesOneSubject : ResolverText.takesOnlyASpan, name),
                        at: expression.span,
                        hint: Message(
                            takesSubject ? ResolverText.exampleSubjectAndDays : ResolverText.exampleDays, name))
                    continue
                }
                switch expression {
                case .word(let word):
                    subjects = subjectCodes(word.text, at: word.span)
                case .text(let text, let span):
                    subjects = subjectCodes(text, at: span)
                default:
                    error(
                        Message(ResolverText.expectedSubjectOrSpan), at: expression.span,
                        hint: Message(ResolverText.exampleSubjectOrSpan, Message.keyword(function)))
                }
            }
        }
        return (subjects, span)
    }

    /// `grade(alg, term 1)`: a student's period grade.
    private mutating func grade(_ name: Syntax.Word, _ arguments: [Syntax.Argument]) -> Typed? {
        guard schema.source == .students, !grouped else {
            error(
                Message(ResolverText.gradeIsAStudents), at: name.span, hint: Message(ResolverText.exampleGrade))
            return nil
        }
        var subject: String?
        var span: Resolved.Span?
        for argument in arguments {
            switch argument {
            case .buckets: continue  // refused before: `by` in brackets is spark's
            case .filter(_, let location): refuseFilter(location, of: "grade")
            case .span(let syntax): span = resolveSpan(syntax)
            case .expression(.word(let word)): subject = findSubject(word.text, at: word.span)?.code
            case .expression(.text(let text, let location)): subject = findSubject(text, at: location)?.code
            case .expression(let other):
                error(
                    Message(ResolverText.expectedSubjectOrPeriod), at: other.span,
                    hint: Message(ResolverText.exampleGradeCall))
            }
        }
        guard let subject, let span = span ?? defaultSpan else {
            if errors.isEmpty {
                error(
                    Message(ResolverText.gradeNeedsSubjectAndPeriod), at: name.span,
                    hint: Message(ResolverText.exampleGradeCall))
            }
            return nil
        }
        guard span.periodKey != nil else {
            error(Message(ResolverText.gradeNeedsAPeriod, span.text), at: name.span, hint: Self.periodForms)
            return nil
        }
        return Typed(expression: .grade(subject: subject, span: span), type: .grade)
    }

    /// `quality(term 1)` and the other measures of period grades.
    private mutating func gradeMeasure(
        _ measure: Resolved.GradeMeasure, name: Syntax.Word, _ arguments: [Syntax.Argument]
    )
        -> Typed?
    {
        guard Self.sets(of: schema.source).contains(measure.rawValue) || (schema.source == .students && grouped) else {
            error(
                Message(ResolverText.measureOfAGroup, Message.keyword(measure.rawValue)), at: name.span,
                hint: Message(ResolverText.useMeasureOnGroups, Message.keyword(measure.rawValue)))
            return nil
        }
        let (subjects, span) = subjectAndSpan(arguments, of: measure.rawValue, takesSubject: true)
        guard let span = span ?? defaultSpan else {
            error(
                Message(ResolverText.measureNeedsAPeriod, Message.keyword(measure.rawValue)), at: name.span,
                hint: Message(ResolverText.exampleOfTerm1, Message.keyword(measure.rawValue)))
            return nil
        }
        guard span.periodKey != nil else {
            error(
                Message(ResolverText.measureNeedsAPeriodNot, Message.keyword(measure.rawValue), span.text),
                at: name.span, hint: Self.periodForms)
            return nil
        }
        return Typed(expression: .gradeMeasure(measure, subjects: subjects, span: span), type: .number)
    }
}
