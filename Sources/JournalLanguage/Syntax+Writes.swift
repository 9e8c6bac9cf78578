/// The syntax of writing statements: what the parser makes of `mark 7А alg 2026-11-27: Баранов 5`,
/// every name still as typed (the resolver looks them up), every date still as said.
extension Syntax {
    /// What a `group` statement does to its group.
    public enum GroupVerb: Equatable, Sendable {
        case define, add, remove
    }

    /// A writing statement, parsed: what it does, and where it stands.
    ///
    /// ```
    /// // mark 7А alg 2026-11-27: Баранов 5
    /// Write(verb: mark, statement: .marks(Lesson(7А, alg, 2026-11-27), [StudentItem(Баранов → MarkEntry(5))]), …)
    /// ```
    public struct Write: Equatable, Sendable {
        public var verb: Word
        public var statement: WriteStatement
        public var span: SourceSpan
        /// Just after the statement's last token: where a word missing at its end is pointed at.
        public var end: SourceSpan
    }

    /// A date as said: a literal day, or `today`, `yesterday` (which the resolver dates).
    public enum Day: Equatable, Sendable {
        case date(String)
        case today
        case yesterday
    }

    /// A person as named: an id, a surname with perhaps the first and middle names, or a text in quotes.
    ///
    /// Within a class the resolver may find that fewer words name the student ("Беляев ill"):
    /// the words left over are then reported where the next part of the item was expected.
    public struct Name: Equatable, Sendable {
        public var words: [Token]
        public var span: SourceSpan { words.first!.span.to(words.last!.span) }
        public var text: String { words.map(\.text).joinedText(separator: " ") }
    }

    /// `CLASS|GROUP [SUBJECT] DATE [lesson N]`: one lesson of the journal (R17, R19).
    public struct Lesson: Equatable, Sendable {
        public var classOrGroup: Token
        public var subject: Token?
        public var date: Day
        public var number: Int?
        public var span: SourceSpan
    }

    /// What a writing statement does, with its words parsed but not yet looked up.
    public enum WriteStatement: Equatable, Sendable {
        case addStaff(id: Token, Token, roles: [String], options: [String: Token])
        case addStudent(id: Token, Token, toClass: Token, options: [String: Token])
        case addParent(id: Token, Token, children: [Name], options: [String: Token])
        case addClass(name: Token, options: [String: Token])
        case addSubject(code: String, name: String, courseOf: Token?, foreign: Bool)
        case addPeriod(scheme: String, number: Int, from: Day, to: Day)
        case addTimetable(
            schoolClass: Token, weekday: Int, number: Int, subject: Token, teacher: Name, options: [String: Token])
        case addLoad(classOrGroup: Token, subject: Token, teacher: Name, hours: Double)
        case removeLoad(classOrGroup: Token, subject: Token)
        case confirmLoad(classes: [Token]?)
        case change(Record, [Assignment])
        case remove(Record)
        case move(Name, toClass: Token, on: Day?, order: Order?)
        case withdraw(Name, on: Day?, order: Order?)
        case createLessons(classes: [Token]?, from: Day, to: Day)
        case topic(Lesson, String)
        case homework(Lesson, String)
        /// `substitute LESSON: NAME`, or `: none` to take the substitute back.
        case substitute(Lesson, Name?)
        case marks(Lesson, [StudentItem<MarkEntry>])
        /// `absent LESSON: …`, each item's absence code as stored (nil: `present`).
        case absences(Lesson, [StudentItem<String?>])
        /// `grade CLASS SUBJECT PERIOD [N]: …`; the period's number is checked against the class's scheme.
        case grades(classOrGroup: Token, subject: Token, period: Token, number: Token?, [StudentItem<String>])
        case exams(exam: String, subject: Token, takenOn: Day, receivedOn: Day?, [StudentItem<ExamResult>])
        /// `group NAME of CLASS SUBJECT [on DAY]: …` defines a group; `group NAME add|remove [on DAY]: …`
        /// changes one (`of` and the subject nil then).
        case group(
            name: Token, of: Token?, subject: Token?, change: GroupVerb, on: Day?, dateAt: SourceSpan?,
            members: [StudentItem<NothingMore>])
        case remark(teacher: Name, schoolClass: Token?, subject: Token?, due: Day, text: String)
        case resolveRemark(id: Int, SourceSpan, resolution: String?)
        case correct(mark: Token, to: Int, reason: String?)
        case decide(correction: Int, SourceSpan, approve: Bool, reason: String?)
        case promote(year: String, order: String, date: Day, dryRun: Bool, [Exception])
        case openYear(year: String, periodsFile: String?)
        case setFolder(String, path: String?)
        /// A statement whose words go wrong before its end: the names read up to the mistake, which the
        /// resolver looks up first, so that the first mistake in reading order is the one reported.
        case unfinished([NameRef], mistake: LanguageError)
    }

    /// A word of a statement's head that the resolver looks up, in the order it was read.
    public enum NameRef: Equatable, Sendable {
        case schoolClass(Token)
        case classOrGroup(Token)
        case subject(Token)
        case group(Token)
        /// A new id, which no one may hold yet.
        case newID(Token)
        /// A student, staff member or parent (`kind` as in `Record.person`).
        case person(Name, kind: String)
        /// The scheme a period word says (`quarter`), checked against the class's own.
        case periodScheme(classOrGroup: Token, period: Token)
        /// A period's number, checked against how many periods the class's scheme has.
        case periodNumber(classOrGroup: Token, number: Token)
    }

    /// A row of the school's lists, as `change` and `remove` name it.
    public enum Record: Equatable, Sendable {
        /// A student, staff member or parent (`kind` is the word typed: student, staff, parent).
        case person(kind: String, Name)
        case schoolClass(Token)
        case subject(Token)
        case period(scheme: String, number: Int)
        case timetable(schoolClass: Token, weekday: Int, number: Int, group: Token?)
        case group(Token)
    }

    /// `FIELD = VALUE` of `change … set`.
    public struct Assignment: Equatable, Sendable {
        public enum Value: Equatable, Sendable {
            case empty
            case text(String)
            case date(Day)
            case teacher(Name)
        }

        public var field: String
        public var value: Value
    }

    /// An item after `:` that starts with a student's name (`Баранов 5 control`, `Беляев sick`).
    ///
    /// Which words are the name cannot be told without the class list ("Беляев ill": a surname and a
    /// wrong code, or a surname and a first name?), so the parser keeps each reading: the name as the
    /// first three, two or one words, and the item's other parts parsed after it, or the mistake they
    /// hold. The resolver takes the longest name that names one student, so a mistake in an item is
    /// reported where the user's words, read that way, go wrong, and only after the names before it.
    public struct StudentItem<Rest: Equatable & Sendable>: Equatable, Sendable {
        public struct Reading: Equatable, Sendable {
            public var name: Name
            public var rest: Result<Rest, LanguageError>
        }

        /// The readings, the longest name first; empty when the item holds no name (see `mistake`).
        public var readings: [Reading]
        /// The mistake before any name: a missing name, a wrong word in front of it.
        public var mistake: LanguageError?
        /// The whole item, as a write's entry is placed.
        public var span: SourceSpan
    }

    /// Nothing more: an item that is a student's name alone (a group's member).
    public struct NothingMore: Equatable, Sendable {}

    /// `VALUE [KIND]` after a student of `mark`.
    public struct MarkEntry: Equatable, Sendable {
        public var value: Int
        public var kind: String
    }

    /// `SCORE [MARK]` after a student of `exam`.
    /// `order "123-у" of 2026-11-30`: the director's order a move or a withdrawal is made by (R1).
    public struct Order: Equatable, Sendable {
        public var number: String
        public var date: Day
    }

    public struct ExamResult: Equatable, Sendable {
        public var score: Int
        public var mark: Int?
    }

    /// `retain|leave|graduate STUDENT` of a promotion order.
    public struct Exception: Equatable, Sendable {
        public enum Outcome: String, Equatable, Sendable { case retained, left, graduated }

        /// Nil when the word is not one of them (the item's `mistake` says so).
        public var outcome: Outcome?
        public var student: StudentItem<NothingMore>
    }
}
