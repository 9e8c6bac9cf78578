import JournalFoundation

/// Conditions and values, by precedence: `or`, `and`, `not`, comparisons, `+ -`, `* /`, unary, primaries.
extension Parser {
    mutating func items() throws -> [Syntax.Item] {
        var items: [Syntax.Item] = []
        repeat {
            let expression = try expression()
            items.append(Syntax.Item(expression: expression, text: text(expression.span)))
        } while accept(symbol: ",") != nil
        return items
    }

    mutating func expression() throws -> Syntax.Expression {
        var left = try conjunction()
        while let op = accept(word: "or") {
            _ = op
            let right = try conjunction()
            left = .binary("or", left, right, left.span.to(right.span))
        }
        return left
    }

    mutating func conjunction() throws -> Syntax.Expression {
        var left = try negation()
        while accept(word: "and") != nil {
            guard !atStatementEnd else {
                throw fail("\"and\" needs a condition after it", at: current.span, hint: "remove the last \"and\"")
            }
            let right = try negation()
            left = .binary("and", left, right, left.span.to(right.span))
        }
        return left
    }

    mutating func negation() throws -> Syntax.Expression {
        if let not = accept(word: "not") {
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
            advance()
            let right = try multiplicative()
            left = .binary(op, left, right, left.span.to(right.span))
        }
        return left
    }

    mutating func multiplicative() throws -> Syntax.Expression {
        var left = try unary()
        while let op = ["*", "/"].first(where: { current.isSymbol($0) }) {
            advance()
            let right = try unary()
            left = .binary(op, left, right, left.span.to(right.span))
        }
        return left
    }

    mutating func unary() throws -> Syntax.Expression {
        if let minus = accept(symbol: "-") {
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
            return .className(Syntax.Word(text: token.text, span: token.span))
        case .word where !isClauseStart(token):
            advance()
            let word = Syntax.Word(text: token.text, span: token.span)
            guard let open = accept(symbol: "(") else { return .word(word) }
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
