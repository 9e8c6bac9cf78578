import JournalFoundation

extension Syntax {
    /// `diary [STUDENT] [[during] SPAN]`: what a parent or a student reads in the journal.
    ///
    /// ```
    /// diary "Тарасова Виктория" last week
    /// ```
    public struct Diary: Equatable, Sendable {
        /// The student as typed: a surname, a surname and first name, or an id; nil when the
        /// session knows whose diary it is (a student's own, a parent's only child).
        public var student: Word?
        /// The days to show; nil for this week.
        public var during: TimeSpan?
        public var span: SourceSpan
    }
}

extension Parser {
    /// `diary [STUDENT] [[during] SPAN]`.
    ///
    /// The student is at most three words (surname, first name, patronymic) or one quoted text;
    /// a span word (`this`, `term`, …) ends it, so `diary Тарасова term 2` names one student.
    mutating func diary() throws -> Syntax.Diary {
        let start = advance()
        var student: Syntax.Word?
        if !atStatementEnd && !startsSpan() && !isSpanOrDuring(current) {
            let first = current
            guard first.kind == .word || first.kind == .string else {
                throw fail(
                    Message(ParserText.diaryIsOneStudents, first.described), at: first.span,
                    hint: Message(ParserText.diaryExample))
            }
            advance()
            var word = Syntax.Word(text: first.text, span: first.span)
            while first.kind == .word, current.kind == .word, !isSpanOrDuring(current),
                word.text.split(separator: " ").count < 3
            {
                let next = advance()
                word = Syntax.Word(text: word.text + " " + next.text, span: word.span.to(next.span))
            }
            student = word
        }
        _ = accept(word: "during")
        var during: Syntax.TimeSpan?
        if !atStatementEnd {
            during = try timeSpan()
        }
        return Syntax.Diary(student: student, during: during, span: SourceSpan(start.span.start, previousEnd))
    }

    private func isSpanOrDuring(_ token: Token) -> Bool {
        token.kind == .word && (token.isWord("during") || Self.spanWords.contains(token.key))
    }
}
