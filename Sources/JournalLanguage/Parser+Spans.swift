import JournalFoundation

/// Time spans: `term 2`, `last 14 days`, `from 2026-09-01 to 2026-09-30`.
extension Parser {
    /// Whether the current token starts a time span (inside a call's arguments).
    func startsSpan() -> Bool {
        let token = current
        guard token.kind == .word else { return false }
        let word = token.key
        switch word {
        case "term", "quarter", "half", "trimester": return peek().kind == .integer
        case "year", "today", "yesterday":
            return peek().isSymbol(",") || peek().isSymbol(")") || peek().kind == .end
                || peek().isSymbol(";") || isClauseStart(peek())
        case "this": return peek().isWord("week")
        case "last": return peek().isWord("week") || peek().kind == .integer
        case "since", "on": return peek().kind == .date
        case "from": return peek().kind == .date
        default: return false
        }
    }

    mutating func date(after keyword: String) throws -> String {
        let token = current
        guard token.kind == .date else {
            throw fail(
                "\"\(keyword)\" takes a date as YYYY-MM-DD, not \(token.described)", at: token.span,
                hint: "e.g. \(keyword) 2026-11-01")
        }
        advance()
        return token.text
    }

    mutating func timeSpan() throws -> Syntax.TimeSpan {
        let start = current
        let word = start.kind == .word ? start.key : ""
        func finish(_ kind: Syntax.TimeSpan.Kind) -> Syntax.TimeSpan {
            Syntax.TimeSpan(kind: kind, span: start.span.to(tokens[max(0, position - 1)].span))
        }
        switch word {
        case "term", "quarter", "half", "trimester":
            advance()
            guard current.kind == .integer, let number = Int(current.text) else {
                throw fail(
                    "\"\(word)\" takes the period's number, not \(current.described)", at: current.span,
                    hint: "e.g. \(word) 1")
            }
            advance()
            return finish(.period(scheme: Self.periodSchemes[word]!, number: number))
        case "year":
            advance()
            if current.kind == .integer, peek().isSymbol("/"), peek(2).kind == .integer {
                let first = advance().text
                advance()
                return finish(.schoolYear(first + "/" + advance().text))
            }
            return finish(.year)
        case "today":
            advance()
            return finish(.today)
        case "yesterday":
            advance()
            return finish(.yesterday)
        case "this":
            advance()
            guard accept(word: "week") != nil else {
                throw fail("\"this\" is followed by \"week\"", at: current.span, hint: "this week")
            }
            return finish(.thisWeek)
        case "last":
            advance()
            if accept(word: "week") != nil { return finish(.lastWeek) }
            guard current.kind == .integer, let count = Int(current.text), count > 0 else {
                throw fail(
                    "\"last\" takes \"week\" or a number of days or weeks, not \(current.described)", at: current.span,
                    hint: "e.g. last week, last 14 days, last 2 weeks")
            }
            advance()
            let unit = current.key
            if ["day", "days"].contains(unit) && current.kind == .word {
                advance()
                return finish(.lastDays(count))
            }
            if ["week", "weeks"].contains(unit) && current.kind == .word {
                advance()
                return finish(.lastDays(count * 7))
            }
            throw fail(
                "\"last \(count)\" is followed by \"days\" or \"weeks\", not \(current.described)", at: current.span,
                hint: Suggestion.didYouMean(unit, in: ["days", "weeks"]) ?? "e.g. last \(count) days")
        case "since":
            advance()
            return finish(.since(try date(after: "since")))
        case "on":
            advance()
            return finish(.on(try date(after: "on")))
        case "from":
            advance()
            let from = try date(after: "from")
            guard accept(word: "to") != nil else {
                throw fail(
                    "\"from \(from)\" is followed by \"to\" and a date", at: current.span,
                    hint: "from \(from) to 2026-09-30")
            }
            return finish(.between(from, try date(after: "to")))
        default:
            let suggestion = start.kind == .word ? Suggestion.didYouMean(word, in: Self.spanWords) : nil
            throw fail(
                "expected a time span, found \(start.described)", at: start.span,
                hint: suggestion
                    ?? "e.g. term 2, quarter 1, year, today, this week, last 14 days, since 2026-11-01, on 2026-11-20")
        }
    }
}
