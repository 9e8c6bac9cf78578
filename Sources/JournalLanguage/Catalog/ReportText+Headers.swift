import JournalFoundation

extension ReportText {
    /// The header of a source's natural column `field`, in the reader's language: in English the
    /// field's name itself (`name`), in Russian a word a school reads (`фио`, and `название` for a
    /// class or a subject).
    static func header(of field: String, in source: Resolved.Source) -> Message {
        guard let key = headers[field] else { return .verbatim(field) }
        switch (field, source) {
        case ("name", .classes), ("name", .subjects), ("name", .groups): return Message(ReportText.fieldTitle)
        case ("code", .absences): return Message(ReportText.fieldAbsenceCode)
        case ("mark", .exams): return Message(ReportText.fieldExamMark)
        case ("number", .orders): return Message(ReportText.fieldOrderNumber)
        default: return Message(key)
        }
    }

    /// The header of each field that a source shows when a query names no columns.
    static let headers: [String: ReportText] = [
        "id": .fieldID, "name": .fieldName, "class": .fieldClass, "roles": .fieldRoles, "phone": .fieldPhone,
        "email": .fieldEmail, "children": .fieldChildren, "grade": .fieldGrade, "scheme": .fieldScheme,
        "class_teacher": .fieldClassTeacher, "code": .fieldCode, "parent": .fieldParent, "date": .fieldDate,
        "number": .fieldNumber, "group": .fieldGroup, "subject": .fieldSubject, "teacher": .fieldTeacher,
        "substitute": .fieldSubstitute, "topic": .fieldTopic, "homework": .fieldHomework, "student": .fieldStudent,
        "value": .fieldValue, "kind": .fieldKind, "entered_at": .fieldEnteredAt, "entered_by": .fieldEnteredBy,
        "period": .fieldPeriod, "user": .fieldUser, "role": .fieldRole, "at": .fieldAt, "mark": .fieldMark,
        "old_value": .fieldOldValue, "new_value": .fieldNewValue, "requested_by": .fieldRequestedBy,
        "approved_by": .fieldApprovedBy, "reason": .fieldReason, "login": .fieldLogin, "cleared": .fieldCleared,
        "issued_by": .fieldIssuedBy, "statement": .fieldStatement, "rows": .fieldRows, "tables": .fieldTables,
        "text": .fieldText, "due": .fieldDue, "resolved_at": .fieldResolvedAt,
        "hours": .fieldHours, "draft": .fieldDraft, "weekday": .fieldWeekday, "room": .fieldRoom,
        "valid_from": .fieldValidFrom, "valid_to": .fieldValidTo, "given": .fieldGiven, "start": .fieldStart,
        "end": .fieldEnd, "classes": .fieldClasses,
        "exam": .fieldExam, "taken_on": .fieldTakenOn, "score": .fieldScore, "must_change": .fieldMustChange,
        "issued_at": .fieldIssuedAt, "path": .fieldPath, "verified": .fieldVerified, "problem": .fieldProblem,
    ]
}
