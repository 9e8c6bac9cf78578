import JournalFoundation

/// What the school's calendar makes impossible, refused as the rows are read: periods of one
/// scheme that overlap, a lesson on a day no study period of its class holds (a holiday, another
/// year), a mark entered before its lesson took place.
extension ImportLoader {
    /// A study period as read from periods.csv.
    struct PeriodRange {
        let number: Int
        let start: String
        let end: String
        let line: Int
    }

    mutating func checkOverlap(_ period: PeriodRange, of key: String, _ row: ImportRow) throws {
        let scheme = key.split(separator: " ").last.map(String.init) ?? ""
        if let other = periodRanges[key, default: []].first(where: { period.start <= $0.end && $0.start <= period.end })
        {
            throw row.failure(
                "start",
                "\(scheme) \(period.number) (\(period.start) to \(period.end)) overlaps \(scheme) \(other.number) "
                    + "(\(other.start) to \(other.end), line \(other.line))",
                hint: "a day belongs to one period of a scheme: correct the dates of one of them")
        }
        periodRanges[key, default: []].append(period)
    }

    func checkInPeriods(_ date: String, of schoolClass: ClassInfo, _ row: ImportRow) throws {
        let periods = periodRanges["\(schoolClass.year) \(schoolClass.scheme)", default: []]
        guard !periods.contains(where: { $0.start <= date && date <= $0.end }) else { return }
        let listed = periods.sorted { $0.number < $1.number }.map { "\($0.number): \($0.start) to \($0.end)" }
        throw row.failure(
            "date",
            "the lesson's day \(date) falls in no \(schoolClass.scheme) of \(schoolClass.year) (a holiday, or another year)",
            hint: listed.isEmpty
                ? "periods.csv has no \(schoolClass.scheme) periods for \(schoolClass.year)"
                : "the \(schoolClass.scheme)s are " + listed.joined(separator: ", "))
    }

    func checkEnteredAfter(_ lessonID: String, _ entered: String, _ row: ImportRow) throws {
        guard let lesson = lessons[lessonID], entered.prefix(10) < lesson.date else { return }
        throw row.failure(
            "entered_at", "the mark was entered (\(entered)) before its lesson took place (\(lesson.date))",
            hint: "a mark is entered on the day of the lesson or later (R17)")
    }
}
