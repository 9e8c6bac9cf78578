/// A calendar day, counted from 1970-01-01, with the journal's text form `YYYY-MM-DD`.
///
/// The demo school does its date arithmetic on plain integers (no `Calendar`, no time
/// zones), which keeps it fast and the same on every machine.
///
/// ```
/// let day = SchoolDate(parsing: "2026-09-01")!   // a Tuesday
/// day.weekday          // 2
/// (day + 7).text       // "2026-09-08"
/// ```
struct SchoolDate: Comparable, Hashable, Strideable {
    /// Days since 1970-01-01.
    var day: Int

    init(day: Int) {
        self.day = day
    }

    init(_ year: Int, _ month: Int, _ dayOfMonth: Int) {
        // Days from the civil date (H. Hinnant's algorithm, proleptic Gregorian).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        day = era * 146_097 + dayOfEra - 719_468
    }

    /// A date written exactly as `YYYY-MM-DD` naming a real day, or nil.
    init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
            (1...12).contains(month), dayOfMonth >= 1, dayOfMonth <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.init(year, month, dayOfMonth)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Year, month and day of the month.
    var civil: (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 1 = Monday … 7 = Sunday, as in timetable.csv.
    var weekday: Int { ((day + 3) % 7 + 7) % 7 + 1 }

    var isWeekend: Bool { weekday >= 6 }

    var text: String {
        let (y, m, d) = civil
        return DemoText.padded(y, 4) + "-" + DemoText.padded(m, 2) + "-" + DemoText.padded(d, 2)
    }

    static func < (a: SchoolDate, b: SchoolDate) -> Bool { a.day < b.day }
    func distance(to other: SchoolDate) -> Int { other.day - day }
    func advanced(by n: Int) -> SchoolDate { SchoolDate(day: day + n) }
    static func + (date: SchoolDate, days: Int) -> SchoolDate { SchoolDate(day: date.day + days) }
    static func - (date: SchoolDate, days: Int) -> SchoolDate { SchoolDate(day: date.day - days) }
}

/// The demo school's year 2026/2027: its study periods, holidays and school days.
struct DemoCalendar {
    /// One study period of a scheme.
    struct Period {
        var scheme: String
        var number: Int
        var start: SchoolDate
        var end: SchoolDate
    }

    static let year = "2026/2027"
    static let firstDay = SchoolDate(2026, 9, 1)
    static let lastDay = SchoolDate(2027, 5, 26)

    /// The periods as in the sample school: quarters for grades 1–9, halves for 10–11,
    /// with the autumn, winter and spring holidays between quarters.
    static let periods: [Period] = [
        Period(scheme: "quarter", number: 1, start: SchoolDate(2026, 9, 1), end: SchoolDate(2026, 10, 25)),
        Period(scheme: "quarter", number: 2, start: SchoolDate(2026, 11, 5), end: SchoolDate(2026, 12, 28)),
        Period(scheme: "quarter", number: 3, start: SchoolDate(2027, 1, 11), end: SchoolDate(2027, 3, 21)),
        Period(scheme: "quarter", number: 4, start: SchoolDate(2027, 4, 1), end: SchoolDate(2027, 5, 26)),
        Period(scheme: "half", number: 1, start: SchoolDate(2026, 9, 1), end: SchoolDate(2026, 12, 28)),
        Period(scheme: "half", number: 2, start: SchoolDate(2027, 1, 11), end: SchoolDate(2027, 5, 26)),
    ]

    /// Public holidays inside the periods (23 February, 8 March, and the May holidays
    /// moved off the weekend to Mondays).
    static let holidays: [SchoolDate] = [
        SchoolDate(2027, 2, 23), SchoolDate(2027, 3, 8), SchoolDate(2027, 5, 3), SchoolDate(2027, 5, 10),
    ]

    /// The extra February week first-graders have off.
    static let firstGradeHolidays = SchoolDate(2027, 2, 15)...SchoolDate(2027, 2, 21)

    static func periods(of scheme: String) -> [Period] {
        periods.filter { $0.scheme == scheme }
    }

    /// Whether lessons are held on `date` for a class of `grade`. Holidays between the
    /// quarters apply to every class: the halves of grades 10–11 span them.
    static func isSchoolDay(_ date: SchoolDate, grade: Int) -> Bool {
        guard !date.isWeekend, !holidays.contains(date) else { return false }
        if grade == 1 && firstGradeHolidays.contains(date) { return false }
        return periods.contains { $0.scheme == "quarter" && $0.start <= date && date <= $0.end }
    }

    /// The number of the period of `scheme` that holds `date`, or nil in holidays.
    static func periodNumber(of date: SchoolDate, scheme: String) -> Int? {
        periods.first { $0.scheme == scheme && $0.start <= date && date <= $0.end }?.number
    }
}

/// Text of numbers, ids and timestamps, built without `String(format:)` (slow, and
/// locale-bound on some platforms) because the demo writes hundreds of thousands of them.
enum DemoText {
    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        var index = width - 1
        while rest > 0 && index >= 0 {
            digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
        if rest > 0 { return String(value) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// An id such as `S0001` or `M0000001`.
    static func id(_ prefix: String, _ number: Int, width: Int) -> String {
        prefix + padded(number, width)
    }

    /// The digits `count` needs, but at least `minimum`.
    static func width(for count: Int, minimum: Int) -> Int {
        max(minimum, String(count).count)
    }

    /// `HH:MM` for every minute of a day.
    static let clock: [String] = (0..<1440).map { padded($0 / 60, 2) + ":" + padded($0 % 60, 2) }
}

/// Timestamps of the school year, `YYYY-MM-DD HH:MM`, from cached day texts.
struct DemoClock {
    private let base: SchoolDate
    private let days: [String]

    init(from first: SchoolDate, through last: SchoolDate) {
        base = first
        days = (first.day...last.day).map { SchoolDate(day: $0).text + " " }
    }

    /// The timestamp of `minute` (0–1439, clamped) on `date`.
    func stamp(_ date: SchoolDate, minute: Int) -> String {
        let index = date.day - base.day
        let clock = DemoText.clock[min(1439, max(0, minute))]
        guard index >= 0, index < days.count else { return date.text + " " + clock }
        return days[index] + clock
    }
}
