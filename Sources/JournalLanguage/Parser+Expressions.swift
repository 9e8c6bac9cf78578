import JournalFoundation

/// Conditions and values, by precedence: `or`, `and`, `not`, comparisons, `+ -`, `* /`, unary, primaries.
extension Parser {
    mutating func items() throws -> [Syntax.Item] {
        var items: [Syntax.Item] = []
        repeat {
            guard items.count < Self.mostItems else {
                throw fail(
                    Message(ParserText.tooManyItems, Self.mostItems), at: current.span,
                    hint: Message(ParserText.showWhatYouRead))
            }
            let expression = try expression()
            // The item as typed titles its column; a character that cannot be seen shows as �.
            let typed = text(expression.span)
            let title =
                source.hasControl(expression.span.start, expression.span.end)
                ? String(
                    String.UnicodeScalarView(
                        typed.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
                : typed
            items.append(Syntax.Item(expression: expression, text: title))
        } while accept(symbol: ",") != nil
        return items
    }

    /// The most items a `show`, `by` or `order by` list may have (SQLite's results hold 2,000 columns).
    static let mostItems = 200

    mutating func expression() throws -> Syntax.Expression {
        var left = try conjunction()
        while let op = accept(word: "or") {
            let right = try conjunction()
            left = try limited(.binary("or", left, right, left.span.to(right.span)), at: op)
        }
        return left
    }

    /// One level deeper while reading (a bracket, a call, `not`, `-`): bounded before the stack is.
    mutating func deeper(at token: Token) throws {
        guard nesting < Self.deepest else { throw tooDeep(at: token) }
        nesting += 1
    }

    /// A node of a chain (`a and b and c`), refused when the tree it makes is deeper than the limit:
    /// the SQL of each level nests once more, and SQLite's parser holds only so much.
    mutating func limited(_ node: Syntax.Expression, at token: Token) throws -> Syntax.Expression {
        guard Self.depth(of: node) <= Self.deepest else { throw tooDeep(at: token) }
        return node
    }

    private mutating func tooDeep(at token: Token) -> Failure {
        fail(
            Message(ParserText.nestsTooDeep, Self.deepest), at: token.span,
            hint: Message(ParserText.splitTheCondition, Self.deepest))
    }

    /// How deep an expression's tree is; every tree built here is at most `deepest` deep.
    static func depth(of expression: Syntax.Expression) -> Int {
        switch expression {
        case .binary(_, let left, let right, _): return 1 + max(depth(of: left), depth(of: right))
        case .unary(_, let inner, _), .isEmpty(let inner, _, _): return 1 + depth(of: inner)
        case .call(_, let arguments, _):
            return 1
                + arguments.map { argument -> Int in
                    if case .expression(let inner) = argument { return depth(of: inner) }
                    if case .filter(let inner, _) = argument { return depth(of: inner) }
                    return 0
                }.reduce(0, max)
        default: return 0
        }
    }

    mutating func conjunction() throws -> Syntax.Expression {
        var left = try negation()
        while let and = accept(word: "and") {
            guard !atStatementEnd else {
                throw fail(
                    Message(ParserText.andNeedsCondition, and.text), at: current.span,
                    hint: Message(ParserText.removeTheLastAnd, and.text))
            }
            let right = try negation()
            left = try limited(.binary("and", left, right, left.span.to(right.span)), at: and)
        }
        return left
    }

    mutating func negation() throws -> Syntax.Expression {
        if let not = accept(word: "not") {
            try deeper(at: not)
            defer { nesting -= 1 }
            let operand = try negation()
            return .unary("not", operand, not.span.to(operand.span))
        }
        return try comparison()
    }

    static let comparisons = ["=", "!=", "<>", "<", "<=", ">", ">="]

    mutating func comparison() throws -> Syntax.Expression {
        let left = try additive()
        if let op = Self.comparisons.first(where: { current.isSymbol($0) }) {
            advance()
            let right = try additive()
            return .binary(op == "<>" ? "!=" : op, left, right, left.span.to(right.span))
        }
        if current.isWord("is") {
            advance()
            let negated = accept(word: "not") != nil
            guard let empty = accept(word: "empty") else {
                throw fail(
                    Message(ParserText.isFollowedByEmpty, current.described), at: current.span,
                    hint: Message(ParserText.isEmptyExample))
            }
            return .isEmpty(left, negated: negated, left.span.to(empty.span))
        }
        return left
    }

    mutating func additive() throws -> Syntax.Expression {
        var left = try multiplicative()
        while let op = ["+", "-"].first(where: { current.isSymbol($0) }) {
            let token = advance()
            let right = try multiplicative()
            left = try limited(.binary(op, left, right, left.span.to(right.span)), at: token)
        }
        return left
    }

    mutating func multiplicative() throws -> Syntax.Expression {
        var left = try unary()
        while let op = ["*", "/"].first(where: { current.isSymbol($0) }) {
            let token = advance()
            let right = try unary()
            left = try limited(.binary(op, left, right, left.span.to(right.span)), at: token)
        }
        return left
    }

    mutating func unary() throws -> Syntax.Expression {
        if let minus = accept(symbol: "-") {
            try deeper(at: minus)
            defer { nesting -= 1 }
            let operand = try unary()
            return .unary("-", operand, minus.span.to(operand.span))
        }
        return try primary()
    }

    mutating func primary() throws -> Syntax.Expression {
        let token = current
        switch token.kind {
        case .integer, .decimal:
            advance()
            return .number(Double(token.text) ?? 0, isInteger: token.kind == .integer, token.span)
        case .string:
            advance()
            return .text(token.text, token.span)
        case .date:
            advance()
            return .date(token.text, token.span)
        case .className:
            advance()
            return .className(Syntax.Word(text: token.text, span: token.span, key: token.text.lowered()))
        case .word where !isClauseStart(token):
            advance()
            let word = Syntax.Word(text: token.text, span: token.span, key: token.key)
            if accept(symbol: ".") != nil {
                // A link's field or function: `load.hours`, `children.marks(term 1)`.
                let inner = try primary()
                return .linked(word, inner, token.span.to(inner.span))
            }
            guard let open = accept(symbol: "(") else { return .word(word) }
            try deeper(at: open)
            defer { nesting -= 1 }
            var arguments: [Syntax.Argument] = []
            if !current.isSymbol(")") {
                repeat {
                    if current.isWord("where") {
                        // `count(where late)`: a filter alone, on the rows of the group.
                    } else if startsSpan() {
                        arguments.append(.span(try timeSpan()))
                    } else {
                        arguments.append(.expression(try expression()))
                    }
                    // `count(marks(term 1) where late)`: a condition on the rows the function reads.
                    if let filter = accept(word: "where") {
                        let condition = try expression()
                        arguments.append(.filter(condition, filter.span.to(condition.span)))
                    }
                    // `spark(marks(term 1) by week)`: the buckets of a series, after its set.
                    if let by = accept(word: "by") {
                        guard current.kind == .word, !isClauseStart(current) else {
                            throw fail(
                                Message(ParserText.bucketExpected, current.described), at: current.span,
                                hint: Message(ParserText.bucketExample))
                        }
                        let bucket = current
                        advance()
                        arguments.append(
                            .buckets(
                                Syntax.Word(text: bucket.text, span: bucket.span, key: bucket.key),
                                by.span.to(bucket.span)))
                    }
                } while accept(symbol: ",") != nil
            }
            guard let close = accept(symbol: ")") else {
                throw fail(
                    Message(ParserText.bracketNotClosed), at: open.span,
                    hint: atStatementEnd
                        ? Message(ParserText.addBracketAfterArguments)
                        : Message(ParserText.foundWhereBracketOrComma, current.described))
            }
            return .call(word, arguments, token.span.to(close.span))
        case .symbol where token.text == "(":
            advance()
            try deeper(at: token)
            defer { nesting -= 1 }
            let inner = try expression()
            guard accept(symbol: ")") != nil else {
                throw fail(
                    Message(ParserText.bracketNotClosed), at: token.span,
                    hint: atStatementEnd
                        ? Message(ParserText.addBracketAtTheEnd)
                        : Message(ParserText.foundWhereBracket, current.described))
            }
            return inner
        default:
            if token.kind == .end || token.isSymbol(";") {
                throw fail(
                    Message(ParserText.queryEndsWhereValue), at: token.span, hint: Message(ParserText.finishExpression))
            }
            if token.kind == .word && isClauseStart(token) {
                throw fail(
                    Message(ParserText.clauseWithoutValue, token.text), at: token.span,
                    hint: Message(ParserText.whereExample))
            }
            throw fail(
                Message(ParserText.expectedValue, token.described), at: token.span,
                hint: Message(ParserText.valueExample))
        }
    }
}
