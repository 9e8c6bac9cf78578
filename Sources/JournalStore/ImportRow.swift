import JournalFoundation

/// The columns one file of the interchange folder may have.
struct CSVTableLayout {
    /// The file's name in the folder (`marks.csv`).
    let file: String
    /// Every column the file may have, in the order export writes them.
    let columns: [String]
    /// The columns a file must have.
    let required: Set<String>
}

/// One record of a CSV file, with typed, checked access to its fields.
///
/// Every accessor that rejects a value throws a `Diagnostic` pointing at the field:
/// file, line, the column's position and a caret under the value.
struct ImportRow {
    let source: CSVSource
    let line: Int
    let fields: [String]
    /// The file's columns in the order of its fields.
    let header: [String]

    /// Where a column's field stands in the record. A scan of a dozen short names is cheaper
    /// than hashing the name, and it runs for every field of every row.
    private func position(_ column: String) -> Int? {
        header.firstIndex(of: column)
    }

    /// The field's text, or "" when the column is absent or the field empty.
    func text(_ column: String) -> String {
        guard let i = position(column), i < fields.count else { return "" }
        return fields[i]
    }

    /// The field's text, or nil when it is empty.
    func optional(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    /// The field's text; an empty field is an error.
    func required(_ column: String) throws -> String {
        let value = text(column)
        guard !value.isEmpty else {
            throw failure(
                column, Message(StoreText.fieldEmpty, column),
                hint: Message(StoreText.fieldEmptyHint, source.name, column))
        }
        return value
    }

    /// An error about this row's `column`, with a caret under the field.
    func failure(_ column: String, _ message: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(message, at: source.location(line: line, field: position(column) ?? 0), hint: hint)
    }

    func date(_ column: String) throws -> String {
        let value = try required(column)
        guard CalendarText.isDate(value) else {
            throw failure(column, Message(StoreText.notADate, value, column), hint: Message(StoreText.writeDates))
        }
        return value
    }

    func optionalDate(_ column: String) throws -> String? {
        guard optional(column) != nil else { return nil }
        return try date(column)
    }

    func timestamp(_ column: String) throws -> String {
        let value = try required(column)
        guard CalendarText.isTimestamp(value) else {
            throw failure(column, Message(StoreText.notATimestamp, value, column), hint: Message(StoreText.writeTimes))
        }
        return value
    }

    func optionalTimestamp(_ column: String) throws -> String? {
        guard optional(column) != nil else { return nil }
        return try timestamp(column)
    }

    func integer(_ column: String, in range: ClosedRange<Int>) throws -> Int {
        let value = try required(column)
        guard let number = Int(value), range.contains(number) else {
            throw failure(
                column, Message(StoreText.notAWholeNumber, value, column, range.lowerBound, range.upperBound))
        }
        return number
    }

    /// A value of a closed set; `aliases` maps other accepted spellings to the stored one.
    func oneOf(_ column: String, _ values: [String], aliases: [String: String] = [:], what: StoreText) throws
        -> String
    {
        let value = try required(column)
        if values.contains(value) { return value }
        if let stored = aliases[value.lowercased()] { return stored }
        throw failure(
            column, Message(StoreText.notOneOf, value, Message(what)),
            hint: Suggestion.meant(value, in: values) ?? Message(StoreText.useOneOf, values.joinedText(separator: ", "))
        )
    }

    /// An id that must name a row loaded before: `known` maps ids to anything.
    func reference<T>(_ column: String, in known: [String: T], what: ImportThing, file: any MessageArgumentConvertible)
        throws -> (String, T)
    {
        let value = try required(column)
        guard let found = known[value] else {
            throw failure(
                column, Message(StoreText.unknownReference, what.unknown, value, column),
                hint: Suggestion.meant(value, in: Array(known.keys)).map { Message(StoreText.noSuchIDMeant, file, $0) }
                    ?? Message(StoreText.noSuchID, file))
        }
        return (value, found)
    }

    func optionalReference<T>(
        _ column: String, in known: [String: T], what: ImportThing, file: any MessageArgumentConvertible
    ) throws -> (
        String, T
    )? {
        guard optional(column) != nil else { return nil }
        return try reference(column, in: known, what: what, file: file)
    }
}

/// What an id of an import row names, for the messages about it.
enum ImportThing {
    case staffMember, schoolClass, student, subject, group, lesson, schoolYear, user, mark

    /// "unknown student", "неизвестный ученик".
    var unknown: Message {
        switch self {
        case .staffMember: Message(StoreText.unknownStaffMember)
        case .schoolClass: Message(StoreText.unknownClass)
        case .student: Message(StoreText.unknownStudent)
        case .subject: Message(StoreText.unknownSubject)
        case .group: Message(StoreText.unknownGroup)
        case .lesson: Message(StoreText.unknownLesson)
        case .schoolYear: Message(StoreText.unknownSchoolYear)
        case .user: Message(StoreText.unknownUser)
        case .mark: Message(StoreText.unknownMark)
        }
    }

    /// "student", "ученик".
    var noun: Message {
        switch self {
        case .staffMember: Message(StoreText.staffMember)
        case .schoolClass: Message(StoreText.schoolClass)
        case .student: Message(StoreText.student)
        case .subject: Message(StoreText.subject)
        case .group: Message(StoreText.group)
        case .lesson: Message(StoreText.lesson)
        case .schoolYear: Message(StoreText.schoolYear)
        case .user: Message(StoreText.user)
        case .mark: Message(StoreText.mark)
        }
    }
}

/// Checks of the date and time texts of the format, without a date formatter
/// (they run for every row of an import).
enum CalendarText {
    /// `YYYY-MM-DD`, a real calendar date.
    static func isDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isDate($0) }
    }

    /// `YYYY-MM-DD HH:MM`.
    static func isTimestamp(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
            guard u.count == 16, u[10] == 32, u[13] == 58, isDate(UnsafeBufferPointer(rebasing: u[0..<10])) else {
                return false
            }
            guard let hour = digits(u, 11, 2), let minute = digits(u, 14, 2) else { return false }
            return hour < 24 && minute < 60
        }
    }

    private static func isDate(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return false }
        guard let year = digits(u, 0, 4), let month = digits(u, 5, 2), let day = digits(u, 8, 2) else { return false }
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in u[start..<start + count] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
