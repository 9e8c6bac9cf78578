/// A calendar date as the journal writes it (`YYYY-MM-DD`), with the day arithmetic
/// that spans need: no time zones, no clocks.
///
/// ```
/// CivilDate("2026-11-27")!.adding(days: -13).text  // "2026-11-14"
/// CivilDate("2026-11-27")!.weekday                  // 5 (Friday; Monday is 1)
/// ```
public struct CivilDate: Comparable, Hashable, Strideable, Sendable {
    /// Days since 1970-01-01.
    public let day: Int

    public init(day: Int) {
        self.day = day
    }

    /// The date of a year, month and day of the month.
    public init(_ year: Int, _ month: Int, _ dayOfMonth: Int) {
        day = CivilDate.days(year: year, month: month, day: dayOfMonth)
    }

    /// Parses `YYYY-MM-DD` (ASCII digits, four of the year, two of the month and of the day); nil
    /// for any other text or a day the month does not have. Read off the text's bytes: periods' dates
    /// are read for every query.
    public init?(_ text: String) {
        var text = text
        guard let date = text.withUTF8({ CivilDate.canonical($0) }) else { return nil }
        self = date
    }

    /// A date written `YYYY-MM-DD` with ASCII digits; nil for any other text or a day the month does
    /// not have.
    private static func canonical(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m), d >= 1,
            d <= daysIn(month: m, year: y)
        else { return nil }
        return CivilDate(day: days(year: y, month: m, day: d))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil and civil_from_days.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = day + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var text: String {
        let (y, m, d) = components
        guard (1000...9999).contains(y) else {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(y)-\(two(m))-\(two(d))"
        }
        // Ten ASCII bytes written in place: interpolation built three strings for every date.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, at start: Int, digits: Int) {
                var rest = value
                for index in stride(from: start + digits - 1, through: start, by: -1) {
                    bytes[index] = UInt8(48 + rest % 10)
                    rest /= 10
                }
            }
            put(y, at: 0, digits: 4)
            put(m, at: 5, digits: 2)
            put(d, at: 8, digits: 2)
            bytes[4] = UInt8(ascii: "-")
            bytes[7] = UInt8(ascii: "-")
            return 10
        }
    }

    /// 1 for Monday … 7 for Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((day % 7) + 7 + 3) % 7 + 1
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(day: day + days)
    }

    /// The days of the week as statements name them, Monday (1) first.
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.day < b.day }
    public func distance(to other: CivilDate) -> Int { other.day - day }
    public func advanced(by days: Int) -> CivilDate { CivilDate(day: day + days) }
    public static func + (date: CivilDate, days: Int) -> CivilDate { CivilDate(day: date.day + days) }
    public static func - (date: CivilDate, days: Int) -> CivilDate { CivilDate(day: date.day - days) }
}
