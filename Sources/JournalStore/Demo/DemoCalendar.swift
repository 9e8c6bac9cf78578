import JournalFoundation

/// The demo school's days: the store's `CivilDate` (integer day counts, no time zones,
/// the same on every machine), with the few words the generator uses.
typealias SchoolDate = CivilDate

extension CivilDate {
    /// A date written exactly as `YYYY-MM-DD` naming a real day, or nil.
    init?(parsing text: String) {
        self.init(text)
    }

    /// Year, month and day of the month.
    var civil: (year: Int, month: Int, day: Int) { components }

    var isWeekend: Bool { weekday >= 6 }
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
