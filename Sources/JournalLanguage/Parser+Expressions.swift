import JournalFoundation

/// Conditions and values, by precedence: `or`, `and`, `not`, comparisons, `+ -`, `* /`, unary, primaries.
extension Parser {
    mutating func items() throws -> [Syntax.Item] {
        var items: [Syntax.Item] = []
        repeat {
            guard items.count < Self.mostItems else {
                throw fail(
                    "more than \(Self.mostItems) items in one list", at: current.span,
                    hint: "show what you will read: the rest in a query of its own")
            }
            let expression = try expression()
            // The item as typed titles its column; a character that cannot be seen shows as �.
            let title = String(
                String.UnicodeScalarView(
                    text(expression.span).unicodeScalars.map {
                        $0.properties.generalCategory == .control ? "\u{FFFD}" : $0
                    }))
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
            "the condition nests more than \(Self.deepest) deep here", at: token.span,
            hint: "split it into simpler conditions or several queries (at most \(Self.deepest) and/or in a chain)")
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
                    return 0
                }.reduce(0, max)
        default: return 0
        }
    }

    mutating func conjunction() throws -> Syntax.Expression {
        var left = try negation()
        while let and = accept(word: "and") {
            guard !atStatementEnd else {
                throw fail("\"and\" needs a condition after it", at: current.span, hint: "remove the last \"and\"")
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
                    "\"is\" is followed by \"empty\" or \"not empty\", not \(current.described)", at: current.span,
                    hint: "e.g. homework is empty; to compare, use =")
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
            return .className(Syntax.Word(text: token.text, span: token.span, key: token.text.lowercased()))
        case .word where !isClauseStart(token):
            advance()
            let word = Syntax.Word(text: token.text, span: token.span, key: token.key)
            guard let open = accept(symbol: "(") else { return .word(word) }
            try deeper(at: open)
            defer { nesting -= 1 }
            var arguments: [Syntax.Argument] = []
            if !current.isSymbol(")") {
                repeat {
                    if startsSpan() {
                        arguments.append(.span(try timeSpan()))
                    } else {
                        arguments.append(.expression(try expression()))
                    }
                } while accept(symbol: ",") != nil
            }
            guard let close = accept(symbol: ")") else {
                throw fail(
                    "the bracket opened here is not closed", at: open.span,
                    hint: atStatementEnd
                        ? "add ) after the function's arguments"
                        : "found \(current.described) where ) or , should be")
            }
            return .call(word, arguments, token.span.to(close.span))
        case .symbol where token.text == "(":
            advance()
            try deeper(at: token)
            defer { nesting -= 1 }
            let inner = try expression()
            guard accept(symbol: ")") != nil else {
                throw fail(
                    "the bracket opened here is not closed", at: token.span,
                    hint: atStatementEnd
                        ? "add ) at the end of the condition" : "found \(current.described) where ) should be")
            }
            return inner
        default:
            if token.kind == .end || token.isSymbol(";") {
                throw fail(
                    "the query ends where a value or condition should be", at: token.span,
                    hint: "finish the expression, e.g. marks(math) < 3")
            }
            if token.kind == .word && isClauseStart(token) {
                throw fail(
                    "\"\(token.text)\" starts a clause; a value or condition is missing before it", at: token.span,
                    hint: "e.g. where marks(math) < 3")
            }
            throw fail(
                "expected a value, a field or a function, found \(token.described)", at: token.span,
                hint: "e.g. name, marks(math, term 2), 4.5, \"text\", 2026-11-20")
        }
    }
}
