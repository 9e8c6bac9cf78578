import JournalFoundation

/// A change to the journal, with every name already looked up: what the language's writing
/// statements compile to and what `JournalStore.apply` carries out in one transaction.
///
/// Places in the statement's text (`Place`) travel with the values the store still has to
/// check against its rows (a lesson on a date, a mark's owner), so that a refusal found
/// while writing is pointed at the word it concerns, as a mistake found while compiling is.
public enum JournalWrite: Equatable, Sendable {
    case addStaff(Person, roles: [String], email: String?, phone: String?)
    case addStudent(Person, classID: Int, birthDate: String?, sex: String?, riskGroup: String?)
    case addParent(Person, children: [String], phone: String?, email: String?)
    case addClass(name: String, grade: Int, scheme: String, teacher: String?)
    case addSubject(code: String, name: String, parent: String?, foreignLanguage: Bool)
    case addPeriod(scheme: String, number: Int, start: String, end: String)
    case addTimetable(TimetableSlot)
    /// A line of the teaching load: who teaches a subject in a class (or group), hours a week.
    case addLoad(classID: Int, groupID: Int?, subject: String, teacher: String, hours: Double)
    case removeLoad(classID: Int, groupID: Int?, subject: String)
    /// The load carried over to a new year is a draft until it is confirmed (nil: every class).
    case confirmLoad(classIDs: [Int]?)
    /// `change student|staff|parent|class … set field = value, …`.
    case change(Record, [Assignment])
    case remove(Record)
    /// A student moves to another class from a date, by an order when it is given (R1); where they
    /// were is kept (`enrolment`).
    case move(student: String, toClass: Int, on: String, order: Order?)
    /// A student leaves the school (an order of withdrawal, its number and date when given): their
    /// history stays.
    case withdraw(student: String, on: String, order: Order?)
    /// The lessons of a date range, from the timetable, for some classes (nil: every class).
    case createLessons(classIDs: [Int]?, from: String, to: String)
    case lessonTopic(LessonRef, String)
    case lessonHomework(LessonRef, String)
    case lessonSubstitute(LessonRef, staff: String?)
    case marks(LessonRef, [MarkEntry])
    case absences(LessonRef, [AbsenceEntry])
    case grades(classID: Int, groupID: Int?, subject: String, period: String, [GradeEntry])
    case exams(exam: String, subject: String, takenOn: String, receivedOn: String?, [ExamEntry])
    /// A group defined anew, or students added to it or taken out of it, on a day (R34).
    case group(GroupChange)
    case remark(teacher: String, classID: Int?, subject: String?, due: String, text: String)
    case resolveRemark(id: Int, Place, resolution: String?)
    case correct(mark: String, Place, to: Int, reason: String?)
    case decide(correction: Int, Place, approve: Bool, reason: String?)
    /// Every class of `year` to the next grade by the director's order (R5); `dryRun` reports
    /// exactly what would happen and writes nothing.
    case promote(year: String, order: String, date: String, exceptions: [Exception], dryRun: Bool)
    /// The next school year made current, with its periods (from a `periods.csv` of the data
    /// format, or added later with `add period`) and the load carried over as a draft.
    case openYear(year: String, periodsFile: String?)
    /// The folder logged-in users' files go to (`.output`, `.once`) or scripts come from (`.read`);
    /// nil: none, so they write and read no files.
    case setFolder(JournalFolder, path: String?)

    /// Whether the write changes the names a statement may use (people, classes, groups,
    /// subjects, periods, the load): the session reads its catalog anew only after those.
    public var changesNames: Bool {
        switch self {
        case .addTimetable, .createLessons, .lessonTopic, .lessonHomework, .lessonSubstitute, .marks, .absences,
            .grades, .exams, .remark, .resolveRemark, .correct, .decide, .confirmLoad:
            return false
        case .promote(_, _, _, _, let dryRun):
            return !dryRun
        default:
            return true
        }
    }

    /// The director's order a move or a withdrawal is made by (R1): its number and date.
    public struct Order: Equatable, Sendable {
        public var number: String
        public var date: String

        public init(number: String, date: String) {
            self.number = number
            self.date = date
        }
    }

    /// A student the promotion order names: retained in their grade, leaving, or graduating.
    public struct Exception: Equatable, Sendable {
        public enum Outcome: String, Sendable { case retained, left, graduated }
        public var student: String
        public var outcome: Outcome
        public var place: Place
        public init(student: String, outcome: Outcome, place: Place) {
            self.student = student
            self.outcome = outcome
            self.place = place
        }
    }

    /// Offsets (Unicode scalars) of a stretch of the statement's text.
    public struct Place: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public init(_ start: Int, _ end: Int) {
            self.start = start
            self.end = end
        }
    }

    public struct Person: Equatable, Sendable {
        public var id: String
        public var lastName: String
        public var firstName: String
        public var middleName: String?
        public init(id: String, lastName: String, firstName: String, middleName: String?) {
            self.id = id
            self.lastName = lastName
            self.firstName = firstName
            self.middleName = middleName
        }
    }

    /// A row a `change` or `remove` names.
    public enum Record: Equatable, Sendable {
        case staff(String)
        case student(String)
        case parent(String)
        case schoolClass(Int)
        case subject(String)
        case period(scheme: String, number: Int)
        case timetable(classID: Int, groupID: Int?, weekday: Int, number: Int)
        case group(Int)
    }

    /// `field = value` of a `change`; the value already checked for the field's type.
    public struct Assignment: Equatable, Sendable {
        public var column: String
        public var value: String?
        public init(column: String, value: String?) {
            self.column = column
            self.value = value
        }
    }

    public struct TimetableSlot: Equatable, Sendable {
        public var classID: Int
        public var groupID: Int?
        public var weekday: Int
        public var number: Int
        public var subject: String
        public var teacher: String
        public var room: String?
        public var validFrom: String
        public init(
            classID: Int, groupID: Int?, weekday: Int, number: Int, subject: String, teacher: String, room: String?,
            validFrom: String
        ) {
            self.classID = classID
            self.groupID = groupID
            self.weekday = weekday
            self.number = number
            self.subject = subject
            self.teacher = teacher
            self.room = room
            self.validFrom = validFrom
        }
    }

    /// A lesson as a statement names it: a class or group, perhaps a subject, a date, perhaps its number.
    public struct LessonRef: Equatable, Sendable {
        public var classID: Int
        public var className: String
        public var groupID: Int?
        /// The subject and its courses; nil when the lesson number alone says which lesson.
        public var subjects: [String]?
        public var date: String
        public var number: Int?
        public var place: Place
        public init(
            classID: Int, className: String, groupID: Int?, subjects: [String]?, date: String, number: Int?,
            place: Place
        ) {
            self.classID = classID
            self.className = className
            self.groupID = groupID
            self.subjects = subjects
            self.date = date
            self.number = number
            self.place = place
        }
    }

    public struct MarkEntry: Equatable, Sendable {
        public var student: String
        public var value: Int
        public var kind: String
        public var place: Place
        public init(student: String, value: Int, kind: String, place: Place) {
            self.student = student
            self.value = value
            self.kind = kind
            self.place = place
        }
    }

    /// A change of a group: what kind, whom it names (each where the statement names them), and the
    /// day it takes effect (the students who leave were in the group until the day before).
    public struct GroupChange: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// The group's members from the day on are exactly `members` (a new group, or one redefined).
            case define
            case add
            case remove
        }
        public var name: String
        public var classID: Int
        public var subject: String
        public var kind: Kind
        public var members: [(student: String, place: Place)]
        public var date: String
        public var datePlace: Place?

        public init(
            name: String, classID: Int, subject: String, kind: Kind, members: [(student: String, place: Place)],
            date: String, datePlace: Place?
        ) {
            self.name = name
            self.classID = classID
            self.subject = subject
            self.kind = kind
            self.members = members
            self.date = date
            self.datePlace = datePlace
        }

        public static func == (left: Self, right: Self) -> Bool {
            left.name == right.name && left.classID == right.classID && left.subject == right.subject
                && left.kind == right.kind && left.members.map(\.student) == right.members.map(\.student)
                && left.members.map(\.place) == right.members.map(\.place) && left.date == right.date
                && left.datePlace == right.datePlace
        }
    }

    public struct AbsenceEntry: Equatable, Sendable {
        public var student: String
        /// `absent`, `sick`, `excused`, `late`; nil takes an absence back (the student was there).
        public var code: String?
        public var place: Place
        public init(student: String, code: String?, place: Place) {
            self.student = student
            self.code = code
            self.place = place
        }
    }

    public struct GradeEntry: Equatable, Sendable {
        public var student: String
        public var value: String
        public var place: Place
        public init(student: String, value: String, place: Place) {
            self.student = student
            self.value = value
            self.place = place
        }
    }

    public struct ExamEntry: Equatable, Sendable {
        public var student: String
        public var score: Int
        public var mark: Int?
        public var place: Place
        public init(student: String, score: Int, mark: Int?, place: Place) {
            self.student = student
            self.score = score
            self.mark = mark
            self.place = place
        }
    }
}

/// A write the store refused, pointing at the words of the statement it concerns when it can.
public struct WriteRefusal: Error, Equatable {
    public var message: Message
    public var hint: Message?
    public var place: JournalWrite.Place?

    public init(_ message: Message, hint: Message? = nil, at place: JournalWrite.Place? = nil) {
        self.message = message
        self.hint = hint
        self.place = place
    }
}

/// What a write did: a line to show, and warnings of the regulation (R22) it did not stop for.
public struct WriteOutcome: Equatable, Sendable {
    public var summary: Message
    public var warnings: [Message]
    public init(summary: Message, warnings: [Message] = []) {
        self.summary = summary
        self.warnings = warnings
    }
}
