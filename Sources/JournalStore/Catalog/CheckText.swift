import JournalFoundation

/// The texts of `check journal` (what it finds in the store, the change trail, the backups and the
/// disk, and what to do) and of the demo school. English in `CheckText+English.swift`, Russian in
/// `CheckText+Russian.swift`.
public enum CheckText: String, MessageCatalog {
    // MARK: - Check journal: what it finds and what to do
    case finding
    case findingLine
    case theFile
    case restoreLastGoodBackup
    case migrationNamed
    case notApplied
    case applyMigrations
    case rulesChangedTodo
    case triggerNamed
    case triggerChanged
    case triggerDropped
    case triggerAdded
    case markNamed
    case summaryNamed
    case summaryDiffers
    case recomputeSummaries
    case markOutsideEnrolment
    case markOutsideGroup
    case checkGroupStays
    case moreMarksOutsideGroups
    case checkEnrolment
    case marksSubject
    case moreMarksOutside
    case listMarksOutside
    case lessonNamed
    case lessonOffDay
    case checkLessonDate
    case lessonsSubject
    case moreLessonsOff
    case checkStudyPeriods
    case noClassTeacher
    case nameClassTeacher
    case backUpToTwoMedia
    case backupsSubject
    case backupDaysOld
    case backupNamed
    case copyGone
    case noVerifiedBackup
    case cannotBeRead
    case makeNewBackup
    case changeNamed
    case missingFromTrail
    case notTheEntry
    case restoreThatBackup
    case diskSubject
    case diskLow
    case freeSpace

    // MARK: - Check journal: the change trail
    case tamperTodo
    case chainBroken
    case rowsNotRecorded
    case hashMismatch
    case rowsOfNoEntry
    case madeOutside
    case opInsert
    case opUpdate
    case opDelete
    case trailSubject
    case moreRowsOutside
    case markCorrectionNamed
    case periodGradeNamed
    case markCorrectionsSubject
    case periodGradesSubject
    case changeBy
    case noChange
    case missingFromJournal
    case madeByNoChange
    case withSource
    case emptyValue
    case differsFromTrail
    case fieldDiffers
    case moreDiffer

    // MARK: - The demo school
    case demoJournalMonth
    case demoJournal
    case demoVisits
    case demoPeople
    case demoTimetable
    case demoRowsDangle
    case demoFault
    case demoClassCount
    case demoClassCountHint
    case fromTo
    case demoNotADate
    case demoUntilHint
    case demoOutsideYear
    case demoLessonsRun
    case demoIntoNewStore

}
