import JournalFoundation

/// A row's numbers over time, as the language writes them (`2026-09-07=3.84 2026-09-14=4.1`: each
/// bucket, the Monday of a week, a month or a day, and its number) and as a reader sees them: a
/// sparkline with its first and last numbers, `▃▅█▆ 3.84→4.1`.
public struct Series: Equatable, Sendable {
    public struct Point: Equatable, Sendable {
        public var bucket: String
        public var value: Double?
    }

    /// The points in the order of their buckets.
    public var points: [Point]

    /// The series of a text the language wrote; nil for any other text.
    public init?(_ text: String) {
        var points: [Point] = []
        for part in text.split(separator: " ") {
            guard let equals = part.firstIndex(of: "=") else { return nil }
            let bucket = String(part[..<equals])
            let number = part[part.index(after: equals)...]
            guard !bucket.isEmpty else { return nil }
            if number.isEmpty {
                points.append(Point(bucket: bucket, value: nil))
            } else {
                guard let value = Double(number) else { return nil }
                points.append(Point(bucket: bucket, value: value))
            }
        }
        self.points = points.sorted { $0.bucket < $1.bucket }
    }

    /// Every bucket of the given series, in order: the common time line of a column, so that the
    /// rows' sparklines line up week under week.
    public static func axis(_ series: [Series]) -> [String] {
        Set(series.flatMap { $0.points.map(\.bucket) }).sorted()
    }

    /// The sparkline on `axis` (a bucket the row has no number for is a space) or on the row's own
    /// buckets, then its first and last numbers.
    public func line(on axis: [String]? = nil, in language: Language = .current) -> String {
        let values = points.compactMap(\.value)
        guard let first = values.first, let last = values.last else { return "" }
        let byBucket = Dictionary(points.map { ($0.bucket, $0.value) }, uniquingKeysWith: { first, _ in first })
        let buckets =
            axis.flatMap { axis in Set(byBucket.keys).isSubset(of: axis) ? axis : nil } ?? points.map(\.bucket)
        let line = Chart.sparkline(buckets.map { byBucket[$0] ?? nil })
        let ends =
            values.count == 1
            ? Chart.format(first, in: language)
            : Chart.format(first, in: language) + "→" + Chart.format(last, in: language)
        return line + " " + ends
    }
}
