import Foundation
import JournalFoundation

/// The first stage: text → tokens.
///
/// Words are Latin or Cyrillic (`students`, `ученики`, `Иванов`, `pass_rate`); a name
/// that starts with a digit is a class or group (`7А`, `10Б`, `7А-eng-1`); numbers
/// are whole or decimal (`4.5`, `4,5` is two numbers); dates are `YYYY-MM-DD` or `ДД.ММ.ГГГГ`
/// (`20.11.2026`, read as `2026-11-20`); texts are quoted with `"…"`, `'…'` or `«…»`; `--` starts a
/// comment to the end of the line.
///
/// ```
/// try Lexer.tokens(of: "students in 7А")  // word "students", word "in", className "7А", end
/// ```
public enum Lexer {
    /// The tokens of `source`, ending with an `.end` token; every mistake found is thrown together.
    public static func tokens(of source: String, variables: [String: String] = [:]) throws(LanguageErrors) -> [Token] {
        var lexer = Scanner(SourceText(source))
        lexer.variables = variables
        let tokens = lexer.run()
        guard lexer.errors.isEmpty else { throw LanguageErrors(lexer.errors) }
        return RussianReading.read(tokens)
    }

    private struct Scanner {
        let source: SourceText
        var scalars: [Unicode.Scalar] { source.scalars }
        var index = 0
        var tokens: [Token] = []
        var errors: [LanguageError] = []
        /// The values of `$name`, set from the command line (`--set class=7А`).
        var variables: [String: String] = [:]

        init(_ source: SourceText) {
            self.source = source
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        func text(_ start: Int, _ end: Int) -> String {
            source.text(start, end)
        }

        mutating func add(_ kind: Token.Kind, from start: Int, text: String? = nil) {
            tokens.append(Token(kind: kind, text: text ?? self.text(start, index), span: SourceSpan(start, index)))
        }

        mutating func run() -> [Token] {
            while let scalar = peek() {
                let start = index
                if isSpace(scalar) {
                    index += 1
                } else if scalar == "-" && peek(1) == "-" {
                    while let next = peek(), next != "\n" { index += 1 }
                } else if scalar == "$", let next = peek(1), isLetter(next) {
                    scanVariable()
                } else if isLetter(scalar) {
                    scanWord()
                } else if isDigit(scalar) {
                    scanNumberOrName()
                } else if scalar == "\"" || scalar == "'" || scalar == "«" {
                    scanString(closing: scalar == "«" ? "»" : scalar)
                } else if let symbol = symbolAt() {
                    index += symbol.unicodeScalars.count
                    add(.symbol, from: start, text: symbol)
                } else {
                    index += 1
                    errors.append(
                        LanguageError(
                            Message(ParserText.characterHasNoMeaning, Lexer.described(scalar)),
                            at: SourceSpan(start, index),
                            hint: Message(
                                scalar == "[" || scalar == "{" ? ParserText.groupWithRoundBrackets : .removeOrQuote)))
                }
            }
            tokens.append(Token(kind: .end, text: "", span: SourceSpan(index, index)))
            return tokens
        }

        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            // Latin and Russian letters without looking Unicode's tables up (a query is mostly they).
            switch scalar.value {
            case 0x61...0x7A, 0x41...0x5A, 0x5F, 0x410...0x44F, 0x401, 0x451: return true
            case 0...0x7F: return false
            default: return scalar.properties.isAlphabetic
            }
        }

        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09...0x0D: return true
            case 0...0x7F: return false
            default: return scalar.properties.isWhitespace
            }
        }

        func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            ("0"..."9").contains(scalar)
        }

        mutating func scanWord() {
            let start = index
            while let next = peek(), isLetter(next) || isDigit(next) { index += 1 }
            // "н/а" (not attested) is one word, the way it is written in every Russian report.
            let word = text(start, index).lowered()
            if (word == "н" || word == "n") && peek() == "/", let after = peek(1), after == "а" || after == "a" {
                index += 2
            }
            add(.word, from: start)
        }

        /// `$name`: the variable's value, read as the tokens it spells, standing where `$name` stands.
        mutating func scanVariable() {
            let start = index
            index += 1
            while let next = peek(), isLetter(next) || isDigit(next) { index += 1 }
            let name = text(start + 1, index)
            let span = SourceSpan(start, index)
            guard let value = variables[name] else {
                let hint: Message
                if variables.isEmpty {
                    hint = Message(ParserText.giveVariable, name)
                } else if let near = Suggestion.nearest(name, in: Array(variables.keys)).first {
                    hint = Message(ParserText.didYouMeanVariable, near)
                } else {
                    hint = Message(
                        ParserText.variablesAre, variables.keys.sorted().map { "$" + $0 }.joinedText(separator: ", "))
                }
                errors.append(LanguageError(Message(ParserText.noVariable, name), at: span, hint: hint))
                return
            }
            // A variable is one value: a class, a number, a word — or, when it is not one token
            // of the language (a path, a year like 2026/2027), a text.
            var inner = Scanner(SourceText(value))
            let valueTokens = inner.run().dropLast()
            if inner.errors.isEmpty, valueTokens.count == 1, let token = valueTokens.first {
                tokens.append(Token(kind: token.kind, text: token.text, span: span))
            } else {
                tokens.append(Token(kind: .string, text: value, span: span))
            }
        }

        mutating func scanNumberOrName() {
            let start = index
            while let next = peek(), isDigit(next) { index += 1 }
            let digits = index - start
            if digits == 4, peek() == "-", isDigits(at: index + 1, count: 2), peek(3) == "-",
                isDigits(at: index + 4, count: 2)
            {
                index += 6
                add(.date, from: start)
            } else if digits <= 2, peek() == ".", let russian = russianDate(from: start) {
                // `20.11.2026`, as Russians write dates: read as 2026-11-20.
                add(.date, from: start, text: russian)
            } else if let next = peek(), isLetter(next) {
                // A class (7А) or group (7А-eng-1): letters, digits and inner hyphens.
                while let next = peek(),
                    isLetter(next) || isDigit(next)
                        || (next == "-" && peek(1).map { isLetter($0) || isDigit($0) } == true)
                {
                    index += 1
                }
                add(.className, from: start)
            } else if peek() == ".", let next = peek(1), isDigit(next) {
                index += 1
                while let next = peek(), isDigit(next) { index += 1 }
                add(.decimal, from: start)
            } else {
                add(.integer, from: start)
            }
        }

        /// `DD.MM.YYYY` (or `D.M.YYYY`) starting at `start`, with `index` after the day: the date
        /// as `YYYY-MM-DD`, `index` moved past it; nil (and `index` kept) when it is not one.
        mutating func russianDate(from start: Int) -> String? {
            var position = index + 1
            func digits(_ most: Int) -> String? {
                let first = position
                while position < scalars.count, position - first < most, isDigit(scalars[position]) { position += 1 }
                return position > first ? text(first, position) : nil
            }
            guard let month = digits(2), position < scalars.count, scalars[position] == "." else { return nil }
            position += 1
            guard let year = digits(4), year.count == 4 else { return nil }
            if position < scalars.count, isDigit(scalars[position]) || isLetter(scalars[position]) { return nil }
            let day = text(start, index)
            index = position
            return year + "-" + (month.count == 1 ? "0" + month : month) + "-" + (day.count == 1 ? "0" + day : day)
        }

        func isDigits(at position: Int, count: Int) -> Bool {
            (position..<position + count).allSatisfy { $0 < scalars.count && isDigit(scalars[$0]) }
        }

        mutating func scanString(closing: Unicode.Scalar) {
            let start = index
            index += 1
            var value = String.UnicodeScalarView()
            while let next = peek() {
                if next == closing {
                    // A doubled quote stands for the quote itself, as in SQL and CSV.
                    if peek(1) == closing && closing != "»" {
                        value.append(next)
                        index += 2
                        continue
                    }
                    index += 1
                    add(.string, from: start, text: String(value))
                    return
                }
                value.append(next)
                index += 1
            }
            errors.append(
                LanguageError(
                    Message(ParserText.textNotClosed, String(closing)), at: SourceSpan(start, index),
                    hint: Message(ParserText.endTextWith, String(closing))))
        }

        func symbolAt() -> String? {
            let two = peek(1).map { String(peek()!) + String($0) }
            if let two, ["!=", "<>", "<=", ">="].contains(two) { return two }
            guard let one = peek().map(String.init) else { return nil }
            return ["(", ")", ",", ";", ":", "=", "<", ">", "+", "-", "*", "/", "."].contains(one) ? one : nil
        }
    }

    /// A character as a message names it: itself in quotes, or its code when it cannot be seen.
    static func described(_ scalar: Unicode.Scalar) -> Message {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            return .verbatim("U+" + String(format: "%04X", scalar.value))
        default:
            return Message(FoundationText.quoted, String(scalar))
        }
    }
}
