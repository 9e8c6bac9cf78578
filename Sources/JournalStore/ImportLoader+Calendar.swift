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
                Message(
                    StoreText.periodsOverlap, StoreText.scheme(scheme), period.number, period.start, period.end,
                    other.number, other.start, other.end, other.line),
                hint: Message(StoreText.periodsOverlapHint))
        }
        periodRanges[key, default: []].append(period)
    }

    func checkInPeriods(_ date: String, of schoolClass: ClassInfo, _ row: ImportRow) throws {
        let periods = periodRanges["\(schoolClass.year) \(schoolClass.scheme)", default: []]
        guard !periods.contains(where: { $0.start <= date && date <= $0.end }) else { return }
        let listed = periods.sorted { $0.number < $1.number }.map {
            Message(StoreText.periodSpan, $0.number, $0.start, $0.end)
        }
        throw row.failure(
            "date", Message(StoreText.dayInNoPeriod, date, StoreText.scheme(schoolClass.scheme), schoolClass.year),
            hint: listed.isEmpty
                ? Message(StoreText.noPeriodsOfScheme, StoreText.scheme(schoolClass.scheme), schoolClass.year)
                : Message(
                    StoreText.periodsOfSchemeAre, StoreText.schemePlural(schoolClass.scheme),
                    Message.joined(listed, separator: ", ")))
    }

    func checkEnteredAfter(_ lessonID: String, _ entered: String, _ row: ImportRow) throws {
        guard let lesson = lessons[lessonID], entered.prefix(10) < lesson.date else { return }
        throw row.failure(
            "entered_at", Message(StoreText.enteredBeforeLesson, entered, lesson.date),
            hint: Message(StoreText.enteredBeforeLessonHint))
    }
}
