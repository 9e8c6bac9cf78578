import JournalFoundation

/// Reading Russian statements: the words whose meaning depends on the words around them.
///
/// A word alone is read by `Token.key` (`где` is `where`, `фио` is `name`, from `RussianWords`);
/// this pass, run between the lexer and the parser, reads the rest the way a speaker means them,
/// so the parser sees the English grammar and every message still points at the words as typed:
///
/// | typed | read as |
/// |---|---|
/// | `с 01.09.2026 по 30.09.2026` | `from 2026-09-01 to 2026-09-30` |
/// | `с 01.11.2026` | `since 2026-11-01` |
/// | `за 20.11.2026` | `during on 2026-11-20` |
/// | `пусто`, `не пусто` | `is empty`, `is not empty` |
/// | `сортировать по … по убыванию` | `order by … desc` |
/// | `по дням недели` | `by weekday` |
/// | `итоговые отметки` | `grades` |
/// | `накопляемость` | `check density` |
/// | `проверка журнала` | `audit`; `проверить журнал` is `check journal` |
/// | `объяснить план запроса` | `explain query plan` |
/// | `отметка …`, `оценка …` at the start of a statement | `mark …` (the writing statement) |
enum RussianReading {
    /// Words that say "empty": `пусто`, `пустое`, …
    static let empty: Set<String> = ["пусто", "пустое", "пуст", "пустая", "пустой", "пусты", "пустые"]

    /// The writing statements' Russian verbs, read as such only where a statement starts (elsewhere
    /// `отметка` is the field `value`).
    static let statementStarts: [String: String] = [
        "отметка": "mark", "оценка": "mark", "отметки": "mark",
        "отсутствие": "absent", "пропуск": "absent", "отсутствовали": "absent", "отсутствуют": "absent",
        "итоговая": "grade", "итоговые": "grade",
    ]

    /// The statements whose span may come without `за`: queries and reports.
    static let spanVerbs = Set(Parser.sources + ["audit", "check", "report", "forecast", "diary"])

    static func read(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        func token(_ offset: Int) -> Token? {
            index + offset < tokens.count ? tokens[index + offset] : nil
        }
        func word(_ offset: Int) -> String? {
            guard let token = token(offset), token.kind == .word else { return nil }
            return RussianWords.key(token.text)
        }
        func read(_ token: Token, as key: String) -> Token {
            Token(kind: .word, text: token.text, span: token.span, key: key)
        }
        // The statement's verb (`add`, `move`, a query's source): it decides what `в`, `на`, `с`,
        // `из`, `для` stand for.
        var verb = ""
        while index < tokens.count {
            let current = tokens[index]
            if current.isSymbol(";") { verb = "" }
            defer {
                if verb.isEmpty, let last = out.last, !last.isSymbol(";"), !last.isWord("explain") {
                    verb = last.key
                }
            }
            guard current.kind == .word, let typed = word(0), typed.unicodeScalars.contains(where: Self.isCyrillic)
            else {
                out.append(current)
                index += 1
                continue
            }
            let atStatementStart =
                out.isEmpty || out.last!.isSymbol(";") || (out.last!.isWord("explain") && out.count == 1)
            switch typed {
            case _ where atStatementStart && statementStarts[typed] != nil:
                // `отметки в 7А …` is the query of marks, not a writing statement: a writing
                // statement names a class or group right after its verb.
                if typed == "отметки" || typed == "итоговые", token(1)?.kind != .className {
                    if typed == "итоговые", word(1) == "отметки" || word(1) == "оценки" {
                        out.append(
                            Token(
                                kind: .word, text: current.text, span: current.span.to(tokens[index + 1].span),
                                key: "grades"))
                        index += 2
                        continue
                    }
                    out.append(current)
                } else {
                    out.append(read(current, as: statementStarts[typed]!))
                }
            case "перевести" where atStatementStart && word(1) == "год":
                out.append(read(current, as: "promote"))
            case "в" where ["add", "move", "backup"].contains(verb):
                out.append(read(current, as: "to"))
            case "на" where verb == "correct":
                out.append(read(current, as: "to"))
            case "на" where ["move", "withdraw", "group"].contains(verb):
                out.append(read(current, as: "on"))
            // (A `where` after several patterns holds for the last one only: one pattern each.)
            case _
            where ["с", "со"].contains(typed) && ["move", "withdraw", "add", "group"].contains(verb)
                && token(1)?.kind == .date:
                out.append(read(current, as: verb == "add" ? "from" : "on"))
            case "из" where verb == "restore":
                out.append(read(current, as: "from"))
            case "для" where verb == "add":
                out.append(read(current, as: "of"))
            case "нет" where out.last?.isWord("folder") == true:
                out.append(read(current, as: "none"))
            case "пробно":
                out.append(read(current, as: "dry"))
                out.append(read(current, as: "run"))
            case _
            where ["папку", "папка"].contains(typed) && ["выгрузки", "скриптов", "сценариев"].contains(word(1) ?? ""):
                // `папку выгрузки`: `export folder`.
                let next = tokens[index + 1]
                out.append(read(next, as: next.key))
                out.append(read(current, as: "folder"))
                index += 2
                continue
            case _ where ["дням", "дни", "день", "дню"].contains(typed) && word(1) == "недели":
                // `по дням недели`: the weekday.
                out.append(
                    Token(
                        kind: .word, text: current.text + " " + tokens[index + 1].text,
                        span: current.span.to(tokens[index + 1].span), key: "weekday"))
                index += 2
                continue
            case "по":
                if word(1) == "убыванию" || word(1) == "возрастанию" {
                    // `по убыванию`: one word, `desc`.
                    let next = tokens[index + 1]
                    out.append(
                        Token(kind: .word, text: next.text, span: current.span.to(next.span), key: next.key))
                    index += 2
                    continue
                }
                // `с D по D`: the end of a range of days.
                if let previous = out.last, previous.kind == .date, out.count >= 2, out[out.count - 2].isWord("from") {
                    out.append(read(current, as: "to"))
                } else {
                    out.append(current)
                }
            case "с", "со":
                let isRange = token(1)?.kind == .date && word(2) == "по" && token(3)?.kind == .date
                // `уроки в 7А с 01.09.2026 по 30.09.2026`: a span of the query, `за` left unsaid.
                if token(1)?.kind == .date, Self.spanVerbs.contains(verb), let previous = out.last,
                    !previous.isWord("during"),
                    !previous.isSymbol("("), !previous.isSymbol(",")
                {
                    out.append(read(current, as: "during"))
                }
                out.append(read(current, as: isRange ? "from" : "since"))
            case "за":
                out.append(current)
                // `за 20.11.2026`: that one day.
                if let date = token(1), date.kind == .date, word(2) != "по" {
                    out.append(Token(kind: .word, text: current.text, span: date.span, key: "on"))
                }
            case _ where empty.contains(typed):
                out.append(read(current, as: "is"))
                out.append(read(current, as: "empty"))
            case "не" where word(1).map(empty.contains) == true:
                let next = tokens[index + 1]
                out.append(read(current, as: "is"))
                out.append(read(current, as: "not"))
                out.append(read(next, as: "empty"))
                index += 2
                continue
            case "итоговые" where word(1) == "отметки" || word(1) == "оценки":
                out.append(
                    Token(kind: .word, text: current.text, span: current.span.to(tokens[index + 1].span), key: "grades")
                )
                index += 2
                continue
            case "накопляемость":
                out.append(read(current, as: "check"))
                out.append(read(current, as: "density"))
            case "проверка" where word(1) == "журнала":
                out.append(
                    Token(kind: .word, text: current.text, span: current.span.to(tokens[index + 1].span), key: "audit"))
                index += 2
                continue
            case "проверить" where word(1) == "журнал":
                out.append(read(current, as: "check"))
                out.append(read(tokens[index + 1], as: "journal"))
                index += 2
                continue
            case "план" where word(1) == "запроса":
                out.append(read(current, as: "query"))
                out.append(read(tokens[index + 1], as: "plan"))
                index += 2
                continue
            default:
                out.append(current)
            }
            index += 1
        }
        return out
    }

    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x400...0x4FF).contains(scalar.value)
    }
}
