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

    /// The date after `keyword` (`since`, `on`, `from`, `to`), as typed.
    mutating func date(after keyword: Token) throws -> String {
        let token = current
        guard token.kind == .date else {
            throw fail(
                Message(ParserText.takesADate, keyword.text, token.described), at: token.span,
                hint: Message(ParserText.dateExample, keyword.text))
        }
        advance()
        return token.text
    }

    /// A date `YYYY-MM-DD` in a message: as it is in English, `ДД.ММ.ГГГГ` in Russian.
    static func shown(date: String) -> Message {
        let parts = date.split(separator: "-").map(String.init)
        guard parts.count == 3 else { return .verbatim(date) }
        return Message(ParserText.date, parts[0], parts[1], parts[2])
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
                    Message(ParserText.takesThePeriodsNumber, start.text, current.described), at: current.span,
                    hint: Message(ParserText.periodExample, start.text))
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
                throw fail(
                    Message(ParserText.followedBy, start.text, MessageArgument.keyword("week")), at: current.span,
                    hint: Message(ParserText.thisWeekExample))
            }
            return finish(.thisWeek)
        case "last":
            advance()
            if accept(word: "week") != nil { return finish(.lastWeek) }
            guard current.kind == .integer, let count = Int(current.text), count > 0 else {
                throw fail(
                    Message(ParserText.lastTakes, start.text, current.described), at: current.span,
                    hint: Message(ParserText.lastExample))
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
                Message(ParserText.lastNumberTakesUnit, start.text, count, current.described), at: current.span,
                hint: (current.kind == .word ? Suggestion.meantKeyword(current.text, in: ["days", "weeks"]) : nil)
                    ?? Message(ParserText.lastDaysExample, count))
        case "since":
            return finish(.since(try date(after: advance())))
        case "on":
            return finish(.on(try date(after: advance())))
        case "from":
            let from = try date(after: advance())
            guard let to = accept(word: "to") else {
                throw fail(
                    Message(ParserText.fromIsFollowedByTo, Self.shown(date: from)), at: current.span,
                    hint: Message(ParserText.fromToExample, Self.shown(date: from)))
            }
            return finish(.between(from, try date(after: to)))
        default:
            let suggestion = start.kind == .word ? Suggestion.meantKeyword(start.text, in: Self.spanWords) : nil
            throw fail(
                Message(ParserText.expectedTimeSpan, start.described), at: start.span,
                hint: suggestion ?? Message(ParserText.spanExample))
        }
    }
}
