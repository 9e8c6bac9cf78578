import JournalFoundation

/// The headers and titles of results: a source's natural columns, the reports' and the diary's
/// columns and titles, and what a field holds as `.schema` shows it. The English headers are the
/// names the SQL gives its columns; the Russian ones are words a school reads.
public enum ReportText: String, MessageCatalog {
    // Headers of a source's natural columns (the English is the field's name)
    case fieldID
    case fieldName
    case fieldTitle
    case fieldClass
    case fieldRoles
    case fieldPhone
    case fieldEmail
    case fieldChildren
    case fieldGrade
    case fieldScheme
    case fieldClassTeacher
    case fieldCode
    case fieldParent
    case fieldDate
    case fieldNumber
    case fieldGroup
    case fieldSubject
    case fieldTeacher
    case fieldSubstitute
    case fieldTopic
    case fieldHomework
    case fieldStudent
    case fieldValue
    case fieldKind
    case fieldEnteredAt
    case fieldEnteredBy
    case fieldAbsenceCode
    case fieldPeriod
    case fieldUser
    case fieldRole
    case fieldAt
    case fieldMark
    case fieldOldValue
    case fieldNewValue
    case fieldRequestedBy
    case fieldApprovedBy
    case fieldReason
    case fieldLogin
    case fieldCleared
    case fieldIssuedBy
    case fieldStatement
    case fieldRows
    case fieldTables
    case fieldText
    case fieldDue
    case fieldResolvedAt
    case fieldHours
    case fieldDraft
    case fieldWeekday
    case fieldRoom
    case fieldValidFrom
    case fieldValidTo
    case fieldGiven
    case fieldStart
    case fieldEnd
    case fieldClasses
    case fieldExam
    case fieldTakenOn
    case fieldScore
    case fieldMustChange
    case fieldIssuedAt
    case fieldPath
    case fieldVerified
    case fieldProblem
    case fieldExamMark
    case fieldOrderNumber
    case count

    // Headers of the reports and the diary
    case teachers
    case activeTeachers
    case noMarksPercent
    case oneMarkPercent
    case homeworkPercent
    case topicsPercent
    case parentsPercent
    case studentsPercent
    case hoursPerWeek
    case marksCount
    case required
    case missing
    case average
    case periodGrade
    case absences
    case sick
    case excused
    case lates
    case stillNeeded
    case lesson
    case marksList
    case absence
    case allClasses
    case rowNumber
    case students
    case allFives
    case foursAndFives
    case withThrees
    case failing
    case qualityPercent
    case passRatePercent
    case souPercent

    // The rows of a summary sheet under its students: the regulation's measures per subject
    case rowQuality
    case rowPassRate
    case rowSou
    case rowFives
    case rowFours
    case rowThrees
    case rowTwos
    case rowNotAttested
    case gradeOrAverage

    // Reports: names and titles
    case audit
    case checkDensity
    case report
    case forecast
    case auditTitle
    case densityTitle
    case marksTitle
    case attendanceTitle
    case forecastTitle
    case diaryTitle
    case diaryGradesTitle
    case spanOnDay
    case spanDays
    case summarySheetTitle
    case classResultsTitle
    case studentReportTitle
    case studentAttendanceTitle
    case studentForecastTitle
    case periodMade
    case periodPreliminary
    case periodAsOf

    // What a field holds, as .schema shows it
    case kindNumber
    case kindText
    case kindDate
    case kindTimestamp
    case kindBool
    case kindPerson
    case kindSubject
    case kindClass
    case kindGrade
}
