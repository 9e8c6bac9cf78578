import JournalFoundation

/// A teacher's or a subject's lessons read from the summary the store keeps (`lesson_week`: by class,
/// week, subject and who taught, how many lessons, with a topic, with homework): `count(lessons(…))`,
/// `topics(…)` and `homework(…)` add up its rows of the whole weeks inside each class's span and read
/// the lessons themselves only for the days at the span's edges, each edge by the lessons' index:
///
/// ```
/// term 1 = 2026-09-01 … 2026-10-25:  weeks 2026-09-07 … 2026-10-19 from lesson_week, 09-01 … 09-06 from lesson
/// ```
///
/// A filter on the lessons, a series, or a scope of groups or students reads the lessons, as before.
extension SQLGenerator {
    /// Whether the query's lessons can be read from `lesson_week`: a teacher's or a subject's, of the
    /// whole school or of some classes (a group's lessons are not told apart there).
    var lessonsFromSummary: Bool {
        guard [.teachers, .staff, .subjects].contains(query.source) else { return false }
        return query.scope.map { $0.groupIDs.isEmpty && $0.studentIDs.isEmpty && !$0.classIDs.isEmpty } ?? true
    }

    /// The days of a range before its first whole week and after its last; the whole range when it
    /// holds no whole week.
    static func weekEdges(_ range: Resolved.DateRange) -> [Resolved.DateRange] {
        let (leftTo, rightFrom) = edgeDays(range, whole: wholeWeeks(range), weekly: true)
        return [Resolved.DateRange(from: range.from, to: leftTo), Resolved.DateRange(from: rightFrom, to: range.to)]
    }

    /// The first and last day of one edge of a span (0: before its whole weeks, 1: after), as SQL:
    /// parameters for its common range, else by the class's `scheme`.
    mutating func weekEdgeBounds(_ span: Resolved.Span, side: Int, scheme: String) -> (from: String, to: String) {
        if let common = span.common {
            let edge = Self.weekEdges(common)[side]
            return (parameter(.text(edge.from)), parameter(.text(edge.to)))
        }
        return (
            schemeCase(span, scheme: scheme) { Self.weekEdges($0)[side].from },
            schemeCase(span, scheme: scheme) { Self.weekEdges($0)[side].to }
        )
    }

    /// ` WHERE` and the conditions joined by AND; nothing for none.
    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joinedText(separator: " AND ")
    }

    /// The lessons family of a teacher or a subject from `lesson_week` and the edges of its span.
    mutating func lessonSummarySQL(_ family: MeasureFamily) -> String {
        let join = dialect.orderedJoin
        let subjects = query.source == .subjects
        // The whole school's teachers, of every subject: by scheme, not class (`lesson_teacher_week`).
        let school = !subjects && query.scope == nil && family.subjects == nil
        var summary = school ? "lesson_teacher_week ms" : "class lk \(join) lesson_week ms ON ms.class_id = lk.id"
        var summaryConditions: [String] = []
        // The lessons of each edge of the span, by their index (class, date).
        var edges: [String] = []
        if let span = family.span {
            if school {
                // The widest weeks first, in constants the table's key can use; then each scheme's own.
                let all = (span.common.map { [$0] } ?? Array(span.ranges.values)).map(Self.wholeWeeks)
                let from = all.map(\.from).min() ?? "9999-12-31"
                let to = all.map(\.to).max() ?? "0000-01-01"
                summaryConditions.append(
                    "ms.week BETWEEN \(parameter(.text(from))) AND \(parameter(.text(to)))")
                if span.common == nil {
                    let whole = buckets(span, weekly: true, scheme: "ms.scheme")
                    summaryConditions.append("ms.week BETWEEN \(whole.from) AND \(whole.to)")
                }
            } else {
                let whole = buckets(span, weekly: true, scheme: "lk.scheme")
                summary += " AND ms.week BETWEEN \(whole.from) AND \(whole.to)"
            }
            for side in 0..<2 {
                let bounds = weekEdgeBounds(span, side: side, scheme: "lk.scheme")
                edges.append(
                    "class lk \(join) lesson l ON l.class_id = lk.id AND l.date BETWEEN \(bounds.from) AND \(bounds.to)"
                )
            }
        }
        var rawConditions: [String] = []
        if let scope = query.scope {
            let covered = "lk.id IN (\(integers(scope.covered)))"
            summaryConditions += [covered, "ms.class_id IN (\(integers(scope.classIDs)))"]
            rawConditions += [covered, lessonScope(scope)]
        }
        if let listed = family.subjects {
            summaryConditions.append("ms.subject IN (\(parameters(listed)))")
            rawConditions.append("l.subject IN (\(parameters(listed)))")
        }
        if subjects {
            summary += " \(join) \(Self.subjectFamilies) fm ON fm.member = ms.subject"
            edges = edges.map { $0 + " \(join) \(Self.subjectFamilies) fm ON fm.member = l.subject" }
        }
        var parts = [
            "SELECT \(subjects ? "fm.owner" : "ms.teacher") AS k1, ms.n AS n, ms.topics AS tp, ms.homework AS hw "
                + "FROM \(summary)\(Self.whereClause(summaryConditions))"
        ]
        for edge in edges {
            // Whoever taught the lesson: its substitute, or its teacher when it had none.
            let key = subjects ? "fm.owner" : "coalesce(l.substitute, l.teacher)"
            parts.append(
                "SELECT \(key) AS k1, 1 AS n, (coalesce(l.topic, '') <> '') AS tp, "
                    + "(coalesce(l.homework, '') <> '') AS hw FROM \(edge)\(Self.whereClause(rawConditions))")
        }
        let columns = family.columns.map { column -> String in
            switch column {
            case "tp": return "100.0 * sum(tp) / sum(n) AS tp"
            case "tpt": return "\(dialect.sumOrZero("tp")) AS tpt"
            case "hw": return "100.0 * sum(hw) / sum(n) AS hw"
            case "hwt": return "\(dialect.sumOrZero("hw")) AS hwt"
            default: return "sum(n) AS n"
            }
        }
        return
            "SELECT k1, \(columns.joinedText(separator: ", ")) FROM (\(parts.joinedText(separator: " UNION ALL "))) GROUP BY k1"
    }
}
