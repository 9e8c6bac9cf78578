import JournalFoundation

/// `issue credentials for HOLDER, …` (R3, R7): whose log-ins to issue, each a word as typed;
/// the compiler looks them up.
extension Parser {
    static let credentialsExample = Message(ParserText.credentialsExample)

    /// `issue credentials for staff | CLASS | GRADE | ID | SURNAME [FIRST NAME] | "TEXT", …`.
    mutating func issueCredentials() throws -> Syntax.Statement {
        let start = advance()
        guard accept(word: "credentials") != nil else {
            throw fail(
                Message(ParserText.followedBy, start.text, MessageArgument.keyword("credentials")), at: current.span,
                hint: Self.credentialsExample)
        }
        guard accept(word: "for") != nil else {
            throw fail(Message(ParserText.sayWhoseCredentials), at: current.span, hint: Self.credentialsExample)
        }
        var holders: [Syntax.ScopeItem] = []
        repeat {
            let token = current
            switch token.kind {
            case .word, .className, .string:
                advance()
                var item = Syntax.ScopeItem(text: token.text, isNumber: false, span: token.span)
                // "Тарасова Виктория": a surname and a first name name one person.
                if token.kind == .word && !token.isWord("staff") && current.kind == .word {
                    item.text += " " + current.text
                    item.span = item.span.to(advance().span)
                }
                holders.append(item)
            case .integer:
                advance()
                holders.append(Syntax.ScopeItem(text: token.text, isNumber: true, span: token.span))
            default:
                throw fail(
                    Message(ParserText.expectedHolder, token.described), at: token.span, hint: Self.credentialsExample)
            }
        } while accept(symbol: ",") != nil
        return .issueCredentials(holders, start.span.to(holders[holders.count - 1].span))
    }
}
