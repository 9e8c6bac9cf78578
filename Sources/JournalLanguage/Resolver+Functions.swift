import JournalFoundation

/// Typing function calls: aggregates, the functions of a row (`marks(…)`), grades.
extension Resolver {
    mutating func call(_ name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan) -> Typed? {
        let key = name.key
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
            guard arguments.count == 1, case .expression(let argument) = arguments[0] else {
                error("\(key)(…) takes one date", at: span, hint: "e.g. \(key)(birth_date)")
                return nil
            }
            guard let typed = expression(argument) else { return nil }
            guard typed.type == .date || typed.type == .timestamp else {
                error(
                    "\(key)(…) takes a date, and this is \(typed.type.described)", at: argument.span,
                    hint: "e.g. \(key)(birth_date), \(key)(date)")
                return nil
            }
            return Typed(expression: .datePart(key, typed.expression), type: key == "week" ? .date : .number)
        }
        let fields = schema.fields.map(\.name)
        error(
            "there is no function \"\(name.text)\"", at: name.span,
            hint: Suggestion.didYouMean(key, in: Self.functions)
                ?? (fields.contains(key) ? "\(key) is a field: write it without brackets" : nil)
                ?? "the functions are: " + Self.functions.joined(separator: ", "))
        return nil
    }

    private mutating func aggregate(_ key: String, name: Syntax.Word, _ arguments: [Syntax.Argument], span: SourceSpan)
        -> Typed?
    {
        let aggregate = Resolved.Aggregate(rawValue: key)!
        if arguments.isEmpty && key == "count" && grouped {
            return Typed(expression: .groupAggregate(.count, nil), type: .number)
        }
        guard arguments.count == 1, case .expression(let argument) = arguments[0] else {
            error(
                "\(key)(…) takes one argument", at: span,
                hint: "e.g. \(key)(marks(term 1))" + (grouped ? " or \(key)(value)" : ""))
            return nil
        }
        // The argument is a set: marks(…), absences(…), students.
        if aggregate == .share, case .call(let inner, _, _) = argument, Self.setFunctions.contains(inner.key) {
            error(
                "share(…) takes a condition on the rows, not \(inner.text)(…)", at: argument.span,
                hint: "e.g. marks during term 1 by teacher show teacher, share(late)")
            return nil
        }
        switch argument {
        case .call(let inner, let innerArguments, _) where Self.setFunctions.contains(inner.key):
            guard let typed = measure(inner, innerArguments, aggregate: aggregate) else { return nil }
            return typed
        case .word(let word) where word.key == "students" && schema.field(word.key) == nil:
            guard aggregate == .count else {
                error("students can only be counted", at: span, hint: "count(students)")
                return nil
            }
            return measure(word, [], aggregate: .count)
        default:
            break
        }
        guard grouped else {
            error(
                "\(key)(…) of a field needs \"by\" to say which rows go together", at: span,
                hint: "e.g. \(schema.source.rawValue) by subject show subject, \(key)(…)")
            return nil
        }
        // Inside an aggregate, every field of the rows may be used.
        let wasGrouped = grouped
        grouped = false
        defer { grouped = wasGrouped }
        guard let typed = expression(argument) else { return nil }
        if [.avg, .sum].contains(aggregate) && typed.type != .number {
            error("\(key)(…) needs numbers, and this is \(typed.type.described)", at: argument.span)
            return nil
        }
        if aggregate == .share && typed.type != .bool {
            error(
                "share(…) is the percent of rows for which a condition holds; this is \(typed.type.described)",
                at: argument.span, hint: "e.g. share(late), share(value = 5)")
            return nil
        }
        return Typed(
            expression: .groupAggregate(aggregate, typed.expression),
            type: aggregate == .count || aggregate == .avg || aggregate == .sum || aggregate == .share
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
            error(
                "\(schema.source.rawValue) have no \(key)(…)", at: name.span,
                hint: owned.isEmpty
                    ? "\(key)(…) is a function of \(owners.joined(separator: ", ")); \(schema.source.rawValue) rows have fields: "
                        + schema.fields.map(\.name).joined(separator: ", ")
                    : "the functions of \(schema.source.rawValue) are: " + owned.joined(separator: ", "))
            return nil
        }
        let set = Resolved.SetKind(rawValue: key)!
        let (subjects, span) = subjectAndSpan(arguments, of: key, takesSubject: set != .visits && set != .students)
        guard
            !errors.contains(where: {
                $0.span.start >= name.span.start && $0.span.end <= (arguments.last?.span.end ?? name.span.end)
            })
        else { return nil }
        switch (set, aggregate) {
        case (.marks, _), (.topics, .avg), (.homework, .avg), (_, .count):
            break
        default:
            error(
                "\(aggregate.rawValue)(\(key)(…)) has no meaning: \(key) are counted", at: name.span,
                hint: "count(\(key)(…))")
            return nil
        }
        let type: Resolved.ValueType = aggregate == .list ? .text : .number
        return Typed(
            expression: .measure(
                Resolved.Measure(set: set, subjects: subjects, span: span ?? defaultSpan, aggregate: aggregate)),
            type: type)
    }

    /// The subject and span arguments of a function, in any order, each at most once.
    private mutating func subjectAndSpan(_ arguments: [Syntax.Argument], of function: String, takesSubject: Bool)
        -> ([String]?, Resolved.Span?)
    {
        var subjects: [String]?
        var span: Resolved.Span?
        var sawSpan = false
        for argument in arguments {
            switch argument {
            case .span(let syntax):
                if sawSpan {
                    error("\(function)(…) takes one span", at: syntax.span, hint: "remove one of them")
                    continue
                }
                sawSpan = true
                span = resolveSpan(syntax)
            case .expression(let expression):
                guard takesSubject, subjects == nil else {
                    error(
                        takesSubject ? "\(function)(…) takes one subject" : "\(function)(…) takes only a span",
                        at: expression.span, hint: "e.g. \(function)(\(takesSubject ? "math, " : "")last 14 days)")
                    continue
                }
                switch expression {
                case .word(let word):
                    subjects = subjectCodes(word.text, at: word.span)
                case .text(let text, let span):
                    subjects = subjectCodes(text, at: span)
                default:
                    error(
                        "expected a subject or a span here", at: expression.span,
                        hint: "e.g. \(function)(math, term 2), \(function)(term 1), \(function)(last 2 weeks)")
                }
            }
        }
        return (subjects, span)
    }

    /// `grade(alg, term 1)`: a student's period grade.
    private mutating func grade(_ name: Syntax.Word, _ arguments: [Syntax.Argument]) -> Typed? {
        guard schema.source == .students, !grouped else {
            error(
                "grade(…) is a student's period grade; it belongs to students", at: name.span,
                hint: "students in 7Б where grade(alg, term 1) = 2; or grades in 7Б during term 1")
            return nil
        }
        var subject: String?
        var span: Resolved.Span?
        for argument in arguments {
            switch argument {
            case .span(let syntax): span = resolveSpan(syntax)
            case .expression(.word(let word)): subject = findSubject(word.text, at: word.span)?.code
            case .expression(.text(let text, let location)): subject = findSubject(text, at: location)?.code
            case .expression(let other):
                error("expected a subject or a period here", at: other.span, hint: "grade(alg, term 1)")
            }
        }
        guard let subject, let span = span ?? defaultSpan else {
            if errors.isEmpty {
                error("grade(…) needs a subject and a period", at: name.span, hint: "grade(alg, term 1)")
            }
            return nil
        }
        guard span.periodKey != nil else {
            error("grade(…) needs a period, not \(span.text)", at: name.span, hint: "term N, quarter N, half N or year")
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
                "\(measure.rawValue)(…) counts the period grades of a group of students", at: name.span,
                hint:
                    "use it on classes or subjects, or on students with by: students by class show class, \(measure.rawValue)(term 1)"
            )
            return nil
        }
        let (subjects, span) = subjectAndSpan(arguments, of: measure.rawValue, takesSubject: true)
        guard let span = span ?? defaultSpan else {
            error("\(measure.rawValue)(…) needs a period", at: name.span, hint: "\(measure.rawValue)(term 1)")
            return nil
        }
        guard span.periodKey != nil else {
            error(
                "\(measure.rawValue)(…) counts period grades, so it needs a period, not \(span.text)", at: name.span,
                hint: "term N, quarter N, half N or year")
            return nil
        }
        return Typed(expression: .gradeMeasure(measure, subjects: subjects, span: span), type: .number)
    }
}
