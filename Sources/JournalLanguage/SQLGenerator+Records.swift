/// The scope and the span of the records' sources (`SourceSchema+Records.swift`): exam results,
/// enrolments, accounts and backups.
extension SQLGenerator {
    /// The rows of the records a scope keeps to.
    mutating func recordsScope(_ scope: Resolved.Scope) -> String {
        switch query.source {
        case .exams:
            // The results of the scope's students (of a class: its students now).
            return studentScope(scope, column: "er.student_id")
        case .enrolment:
            // A class's enrolments, whoever was in it; a student's or a group's, their whole history.
            var parts: [String] = []
            if !scope.classIDs.isEmpty { parts.append("en.class_id IN (\(integers(scope.classIDs)))") }
            if !scope.groupIDs.isEmpty {
                parts.append(
                    "en.student_id IN (SELECT gm.student_id FROM group_member gm WHERE gm.group_id IN (\(integers(scope.groupIDs))))"
                )
            }
            if !scope.studentIDs.isEmpty { parts.append("en.student_id IN (\(parameters(scope.studentIDs)))") }
            return "(" + parts.joinedText(separator: " OR ") + ")"
        case .accounts:
            // The accounts of the scope's students and of their parents.
            let students = studentScope(scope, column: "vs.id")
            let parents = studentScope(scope, column: "pc.student_id")
            return """
                (ac.user_id IN (SELECT vs.id FROM student vs WHERE \(students)) \
                OR ac.user_id IN (SELECT pc.parent_id FROM parent_child pc WHERE \(parents)))
                """
        case .orders:
            // A move's or a withdrawal's of the scope's classes or students; a promotion order that
            // moved any of them.
            var parts: [String] = []
            if !scope.classIDs.isEmpty {
                parts.append("od.class_id IN (\(integers(scope.classIDs)))")
                let classes = integers(scope.classIDs)
                let again = integers(scope.classIDs)
                parts.append(
                    "od.order_id IN (SELECT op.order_id FROM promotion op WHERE op.from_class IN (\(classes)) OR op.to_class IN (\(again)))"
                )
            }
            if !scope.groupIDs.isEmpty {
                parts.append(
                    "od.student_id IN (SELECT gm.student_id FROM group_member gm WHERE gm.group_id IN (\(integers(scope.groupIDs))))"
                )
            }
            if !scope.studentIDs.isEmpty {
                parts.append("od.student_id IN (\(parameters(scope.studentIDs)))")
                parts.append(
                    "od.order_id IN (SELECT op.order_id FROM promotion op WHERE op.student_id IN (\(parameters(scope.studentIDs))))"
                )
            }
            return "(" + parts.joinedText(separator: " OR ") + ")"
        default:
            // A backup belongs to no class (the resolver refuses a scope for them).
            return "0"
        }
    }

    /// The `during` of the records: exams taken in the span, enrolments in force on some day of
    /// it, accounts issued and backups made in it.
    mutating func recordsSpanCondition(_ span: Resolved.Span) -> String {
        switch query.source {
        case .exams:
            // A student who has left has no class: the span's widest days, whatever the scheme.
            return dateCondition(span, column: "er.taken_on", scheme: nil)
        case .enrolment:
            // The parameters are numbered in the order of the text: the end first.
            let end = span.common.map { parameter(.text($0.to)) } ?? schemeCase(span, scheme: "lc.scheme") { $0.to }
            let start =
                span.common.map { parameter(.text($0.from)) } ?? schemeCase(span, scheme: "lc.scheme") { $0.from }
            return "en.since <= \(end) AND (en.until IS NULL OR en.until >= \(start))"
        case .accounts:
            return timestampCondition(span, column: "ac.issued_at", scheme: nil)
        case .orders:
            return dateCondition(span, column: "od.date", scheme: nil)
        default:
            return timestampCondition(span, column: "bk.at", scheme: nil)
        }
    }
}
