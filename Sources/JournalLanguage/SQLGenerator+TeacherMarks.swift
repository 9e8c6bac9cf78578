import JournalFoundation

/// Marks counted by their lesson's teacher from the summary the store keeps (`mark_teacher_week`: by
/// class, week, subject and teacher, how many marks and how many entered late): `marks … by teacher
/// show teacher, share(late), count()` adds up its rows of the whole weeks inside each class's span
/// and reads the marks of the lessons at the span's edges only, each edge by the lessons' index:
///
/// ```
/// marks during term 1 by teacher:  weeks 2026-09-07 … 2026-10-19 from mark_teacher_week,
///                                  the marks of 09-01 … 09-06 from mark
/// ```
///
/// The summary's rows and the edges' marks are one table `l` of a teacher, a count and a count of
/// late marks, so that the key `teacher` is read as for the marks (`l.teacher`). Anything else — a
/// filter, another aggregate, a scope of groups or students — reads the marks, as before.
extension SQLGenerator {
    /// Whether the query counts marks by their lesson's teacher (every teacher of the load listed).
    var countsMarksByTeacher: Bool {
        guard query.source == .marks, query.padded != nil, query.groups.count == 1,
            case .field(let key) = query.groups[0].expression
        else { return false }
        return key.name == "teacher" && key.sql.mentions("l.teacher")
    }

    /// What a count of marks by teacher reads, for `explain`: nil for another query.
    var teacherMarksUse: SQLQuery.SummaryUse? {
        guard countsMarksByTeacher else { return nil }
        return readsTeacherMarks ? .summaries : .rawRows
    }

    /// Whether the query is a count of marks by teacher that `mark_teacher_week` answers.
    var readsTeacherMarks: Bool {
        guard Self.summaryChoice != .never, countsMarksByTeacher, query.condition == nil else { return false }
        if let scope = query.scope {
            guard scope.groupIDs.isEmpty && scope.studentIDs.isEmpty && !scope.classIDs.isEmpty else { return false }
            // One class's few hundred marks are read sooner than the summary and the edges of the span.
            if Self.summaryChoice == .whereFaster && scope.classIDs.count <= 1 { return false }
        }
        if Self.summaryChoice == .whereFaster, let span = query.span {
            // A span of no whole week is all edge.
            let ranges = span.common.map { [$0] } ?? Array(span.ranges.values)
            guard ranges.contains(where: { Self.wholeWeeks($0).from <= Self.wholeWeeks($0).to }) else { return false }
        }
        return query.columns.allSatisfy { column in
            column.expression == query.groups[0].expression || teacherMarksAggregate(column.expression) != nil
        }
    }

    /// A column's aggregate over the rows of `teacherMarksSource`: the count, or the share of late marks.
    func teacherMarksAggregate(_ expression: Resolved.Expression) -> String? {
        switch expression {
        case .groupAggregate(.count, nil): return "sum(l.n)"
        // As `avg` of 1.0 for a late mark and 0.0 for another: the same number, to the last digit.
        case .groupAggregate(.share, .field(let field)) where field.name == "late":
            return "(100.0 * (1.0 * sum(l.late) / sum(l.n)))"
        default: return nil
        }
    }

    /// The marks of the query's span and scope as one table `l` (teacher, n, late): the summary's rows
    /// of the whole weeks of each class's span, and each mark of the days at its edges.
    mutating func teacherMarksSource() -> String {
        let join = dialect.orderedJoin
        var summary = "class lk \(join) mark_teacher_week ms ON ms.class_id = lk.id"
        var edges: [String] = []
        var summaryConditions: [String] = []
        var rawConditions: [String] = []
        let marks = "\(join) mark m ON m.lesson_id = l.id"
        if let span = query.span {
            let whole = buckets(span, weekly: true, scheme: "lk.scheme")
            summary += " AND ms.week BETWEEN \(whole.from) AND \(whole.to)"
            for side in 0..<2 {
                let bounds = weekEdgeBounds(span, side: side, scheme: "lc.scheme")
                edges.append(
                    "class lc \(join) lesson l ON l.class_id = lc.id AND l.date BETWEEN \(bounds.from) AND \(bounds.to) "
                        + marks)
            }
        }
        if let scope = query.scope {
            summaryConditions.append("ms.class_id IN (\(integers(scope.classIDs)))")
            rawConditions.append("l.class_id IN (\(integers(scope.classIDs)))")
        }
        var parts = [
            "SELECT ms.teacher AS teacher, ms.n AS n, ms.late AS late FROM \(summary)\(Self.whereClause(summaryConditions))"
        ]
        // The field `late` of a mark, 1 or 0 (as `share(late)` counts an unknown delay: not late).
        let late = "(CASE WHEN \(SourceSchema.lateSQL(dialect)) THEN 1 ELSE 0 END)"
        for edge in edges {
            parts.append(
                "SELECT l.teacher AS teacher, 1 AS n, \(late) AS late FROM \(edge)"
                    + Self.whereClause(rawConditions))
        }
        return "(\(parts.joinedText(separator: " UNION ALL "))) l"
    }
}
