import JournalFoundation

/// The texts of the store: refusals of an import (a CSV row, a column, a file), of a write, a
/// backup, a log-in and the year; what writes did and warn of; what `check journal` finds; the
/// words of the store's own rules. English in `StoreText+English.swift`, Russian in
/// `StoreText+Russian.swift`.
public enum StoreText: String, MessageCatalog {
    // MARK: - Import: the fields of a row
    case fieldEmpty
    case fieldEmptyHint
    case notADate
    case writeDates
    case notATimestamp
    case writeTimes
    case notAWholeNumber
    case notOneOf
    case useOneOf
    case unknownReference
    case noSuchID
    case noSuchIDMeant
    case noSuchIDInList
    case listedTwice
    case listEachOnce
    case fieldNumber
    case invisibleCharacter
    case byteOrderMark
    case nulByte
    case invisible
    case removeInvisible

    // MARK: - Import: what ids name
    case unknownStaffMember
    case unknownClass
    case unknownStudent
    case unknownSubject
    case unknownGroup
    case unknownLesson
    case unknownSchoolYear
    case unknownUser
    case unknownMark
    case staffMember
    case schoolClass
    case student
    case subject
    case group
    case lesson
    case schoolYear
    case user
    case mark
    case aSchemeOfPeriods
    case aSex
    case aKindOfMark
    case anAttendanceCode
    case aPeriodGrade

    // MARK: - Import: the files
    case cannotRead
    case checkFileReadable
    case notTextIn
    case notText
    case saveAsUTF8
    case fileEmpty
    case firstLineNamesColumns
    case cannotReadHeader
    case firstLineNamesColumnsWithCommas
    case notWellFormedCSV
    case quoteFields

    // MARK: - Import: the school's calendar
    case periodsOverlap
    case periodsOverlapHint
    case periodSpan
    case dayInNoPeriod
    case noPeriodsOfScheme
    case periodsOfSchemeAre
    case enteredBeforeLesson
    case enteredBeforeLessonHint

    // MARK: - Import: the rows
    case twoFiles
    case threeFiles
    case fieldCount
    case quoteDelimiter
    case appearsTwice
    case periodKey
    case subjectKey
    case idKey
    case classKey
    case groupKey
    case attendanceKey
    case gradeKey
    case firstGivenOnLineKeepOne
    case firstGivenOnLine
    case rowBreaksRule
    case checkAgainstFormat
    case oneSchoolRow
    case oneSchoolPerJournal
    case notASchoolYear
    case writeSchoolYear
    case periodEndsBeforeStart
    case swapDates
    case subjectNameTwice
    case unknownParentSubject
    case nameASubjectCode
    case idUsedIn
    case distinctPersonIDs
    case notARole
    case rolesAre
    case roleTwice
    case nameEachRoleOnce
    case notAClassName
    case classNameHint
    case studentNotInClass
    case groupOfOwnClass
    case groupNotOfClass
    case groupOfOtherSubject
    case checkGroups
    case notHours
    case writePositiveNumber
    case entryEndsBeforeStart
    case studentNotInLessonClass
    case onlyStudentsOfLessonClass
    case studentNotInLessonGroup
    case lessonForOneGroup
    case notAPeriodOfScheme
    case usePeriodNumbers

    // MARK: - Import and export: the folder
    case journalHoldsSchool
    case importIntoNewStore
    case folderRowsDangle
    case importFault
    case notAFolder
    case nameTheFolder
    case notAFolderFile
    case theFilesAre
    case noSchoolFile
    case schoolFileHint
    case unknownColumn
    case columnsAre
    case columnTwice
    case keepOneOfThem
    case missingColumn
    case severalYears
    case studentsMoved
    case studentsLeft
    case remarksCount
    case examResultsCount
    case accountsCount
    case noFilesFor
    case cannotCreateFolder
    case checkPathPermissions
    case cannotWrite
    case checkFolderPermissions

    // MARK: - Backups
    case noBackupFolder
    case backupInChangedScript
    case copyNotWritten
    case manifestNotWritten
    case copyNotPutInPlace
    case copyDiffers
    case copyFailsIntegrity
    case copyFailsForeignKeys
    case noBackupCopy
    case givePathOfCopy
    case noReadableManifest
    case onlyOwnCopies
    case copyFailsChecksum
    case copyDamaged
    case copyFailsRowCounts
    case restoreInTransaction
    case runOnItsOwn
    case notRestored
    case backupDeadlinePassed
    case backUpByNoMedium
    case backUpByOneMedium
    case backupOverJournal
    case backUpElsewhere
    case nameNewFile
    case folderNotCopy
    case folderNotManifest
    case isALink
    case notAPlainFile
    case notAManifest
    case copyOfAnotherJournal
    case notACopyNoManifest
    case notACopyOtherManifest
    case noFreeName

    // MARK: - Accounts and logging in
    case credentialDescribed
    case staffRole
    case parentRole
    case administratorRole
    case roleTeacher
    case roleClassTeacher
    case roleDirector
    case roleDeputy
    case roleOperator
    case aTeacher
    case aClassTeacher
    case theDirector
    case aDeputy
    case anOperator
    case passwordTooShort
    case passwordIsLogin
    case passwordIsOld
    case noUserWithID
    case idsAreAsInJournal
    case wrongLogIn
    case wrongLogInHint
    case noCredentials
    case askForCredentials
    case wrongPassword
    case giveLogInPassword
    case choosePassword
    case passwordChangedMeanwhile
    case logInAgain
    case cannotHash
    case freeMemory

    // MARK: - The year: closing it
    case yearGradesMissing
    case periodGradesMissing
    case requestsUndecided
    case noSchoolYear
    case journalHolds
    case cannotClose
    case andMore
    case closeAnyway

    // MARK: - The year: promotion and the next year
    case yearIsNotASchoolYear
    case yearNotClosedGrades
    case closeItFirst
    case promotedAlready
    case inNoClassOfYear
    case debtsForTheOrder
    case debtLine
    case outcomeRetained
    case outcomeLeft
    case outcomeGraduated
    case outcomePromotedConditionally
    case toClass
    case promotedCount
    case conditionalCount
    case retainedCount
    case leftCount
    case graduatedCount
    case classPromotion
    case promotedTotal
    case conditionalTotal
    case retainedTotal
    case leftTotal
    case graduatedTotal
    case promotionDryRun
    case promotedByOrder
    case promotedInAll
    case periodsFileNoColumn
    case periodsFileColumns
    case schemeValues
    case periodNumberValues
    case notADateYMD
    case periodEndsBeforeItStarts
    case problemWithValue
    case fixRowOpenAgain
    case yearAfter
    case openYearHint
    case yearNotClosed
    case closeAndPromoteFirst
    case noStudyPeriodsYet
    case noClassesYet
    case openedYear

    // MARK: - Writes: the lists
    case nothingWritten
    case addedStaffMember
    case addedStudent
    case addedParent
    case classExists
    case addedClass
    case subjectExists
    case addedSubject
    case periodExists
    case removePeriodFirst
    case addedPeriod
    case addedToTimetable
    case loadExists
    case removeLoadFirst
    case addedToLoad
    case noSuchLoad
    case removedFromLoad
    case confirmedLoad
    case loadStillDraft
    case leftAlready
    case withdrawn
    case idTakenByStaffMember
    case idTakenByStudent
    case idTakenByParent
    case uniqueIDs
    case classNumbered
    case teacherBusy
    case classBusy
    case removeTimetableFirst
    case removeAndAddAnew
    case changedFields
    case studentNamed
    case staffNamed
    case staffMemberNamed
    case parentNamed
    case subjectNamed
    case classNamed
    case periodNamed
    case timetableEntryNamed
    case theGroup
    case marksCount
    case attendanceRecordsCount
    case gradesCount
    case lessonsCount
    case timetableEntriesCount
    case loadLinesCount
    case classesCount
    case studentsCount
    case coursesCount
    case cannotRemove
    case journalKeepsHistory
    case noSuchRecord
    case removed
    case studentInNoClass
    case addToAClass
    case inClassAlready
    case moveBeforeEnrolment
    case giveLaterDate
    case moved
    case emptyRange
    case firstDayThenLast
    case noStudyPeriods
    case addPeriodsFirst
    case rangeBeyondYear
    case createLessonsWithin
    case lessonsCreated
    case topicRecorded
    case homeworkRecorded
    case teachesAlready
    case substitutes
    case noSubstitute
    case remarkMade
    case noRemark
    case listRemarks
    case remarkResolvedAlready
    case remarkResolved

    // MARK: - Writes: lessons, marks, grades, groups and corrections
    case lessonAsNamed
    case lessonNumberPart
    case inParentheses
    case noLessonsOn
    case createLessonsOf
    case noSuchLesson
    case thatDayHad
    case couldBeLessons
    case sayWhichLesson
    case lessonDescribed
    case notInClassOfLesson
    case notInGroupOfLesson
    case groupsSplitByDeputy
    case enteredLate
    case marksPut
    case attendanceRecorded
    case notInClass
    case tooFewMarks
    case yearGradesEntered
    case examGradesEntered
    case finalGradesEntered
    case periodGradesEntered
    case inNoClass
    case resultsEnteredLate
    case examResultsEntered
    case groupOfSubject
    case inSubjectGroupAlready
    case takeOutOfGroupFirst
    case groupMade
    case groupSet
    case groupLeave
    case groupJoin
    case groupUnchanged
    case leaversLoseLessons
    case noMark
    case findMarkID
    case markIsAlready
    case correctionAskedFor
    case corrected
    case noCorrection
    case listRequests
    case notARequest
    case statusOwn
    case statusApproved
    case statusRejected
    case statusRequested
    case noDirector
    case addDirector
    case correctionApproved
    case correctionRejected

    // MARK: - Rights: what a user may not do, and who may
    case mayNot
    case readThisDiary
    case readThisReport
    case ownReportReaders
    case diaryReaders
    case changeLists
    case operatorDoesR1
    case changeClassList
    case classListKeepers
    case fillInLesson
    case substituteDoes
    case lessonTeacherDoes
    case nameSubstitute
    case substituteNamers
    case enterGrades
    case subjectTeacherDoes
    case splitIntoGroups
    case deputyDoesR34
    case makeRemarks
    case deputyOrDirectorDoesR35
    case resolveRemark
    case remarkResolvers
    case correctMark
    case markCorrectors
    case decideCorrection
    case directorDoesR18
    case keepTheYear
    case operatorDoesR5R6
    case issueTheseCredentials
    case credentialIssuers
    case issueCredentialsTo
    case issuersOfRole
    case reissueChosenPassword
    case reissuers

    // MARK: - Rights: the data a query reads
    case readData
    case readDataOf
    case readDataOfSchool
    case diaryOnly
    case schoolLists
    case studentNames
    case personalData
    case theJournal
    case theLogIns
    case theTrail
    case schoolListsReaders
    case studentNamesReaders
    case personalDataReaders
    case journalReaders
    case logInsReaders
    case trailReaders

    // MARK: - Folders for the files of logged-in users
    case noExportFolder
    case noScriptsFolder
    case exportFolderFromRoot
    case scriptsFolderFromRoot
    case setFolderHint
    case noFolder
    case makeFolderFirst
    case journalsOwnFolder
    case folderOfTheirOwn
    case exportFolderIs
    case scriptsFolderIs

    // MARK: - The store file and SQLite
    case cannotOpenJournal
    case checkStorePath
    case refersToMissing
    case notADatabase
    case cannotOpenFile
    case readOnlyFile
    case busyFile
    case damagedFile
    case diskFull
    case breaksRule
    case sqliteError
    case queryInterrupted
    case nothingChanged
    case storeFault

    // MARK: - The store's own rules, as its triggers refuse a change (the English words are the triggers' own)
    case ruleClosedYear
    case ruleMarkNotEdited
    case ruleMarkValueNotEdited
    case ruleMarkNotDeleted
    case ruleCorrectionRecordedFirst
    case ruleCorrectionFromCurrent
    case ruleCorrectionChanges
    case ruleOwnCorrection
    case ruleDirectorDecides
    case ruleDecidedLater
    case ruleCorrectionKeptDecidedOnce
    case ruleMarkChangedSinceRequest
    case ruleCorrectionKept
    case ruleTrailAppendOnly
    case ruleTrailChain
    case ruleMarkNotReplaced
    case ruleCorrectionNotReplaced
    case ruleLessonNotReplaced
    case ruleStudentNotReplaced
    case ruleClassNotReplaced
    case ruleVisitNotReplaced
    case ruleEnrolmentNotReplaced
    case rulePromotionOrderNotReplaced
    case rulePromotionNotReplaced
    case ruleOwnCorrectionDated
    case ruleDecisionNamesDirector
    case ruleDecidedAfterAsked
    case ruleClosedYearKept
    case ruleLessonHeld
    case ruleStudentHeld
    case ruleStaffHeld
    case ruleClassHeld
    case ruleSubjectHeld
    case ruleGroupHeld
    case ruleSchoolYearHeld
    case ruleLessonIDKept
    case ruleStudentIDKept
    case ruleStaffIDKept
    case ruleClassIDKept
    case ruleSubjectCodeKept
    case ruleGroupIDKept
    case ruleSchoolYearKept

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
    case markOutsideEnrolment
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

    // MARK: - Words put into other texts
    case quarters
    case halves
    case trimesters
    case monday
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday
    case sunday
}

extension StoreText {
    /// A scheme of study periods (`quarter`, `half`, `trimester`) as the language names it:
    /// "quarter", "четверть".
    static func scheme(_ scheme: String) -> Message {
        .keyword(scheme)
    }

    /// The periods of a scheme: "quarters", "четверти".
    static func schemePlural(_ scheme: String) -> Message {
        switch scheme {
        case "quarter": Message(StoreText.quarters)
        case "half": Message(StoreText.halves)
        case "trimester": Message(StoreText.trimesters)
        default: .verbatim(scheme)
        }
    }

    /// A day of the week, 1 = Monday: "monday", "понедельник".
    static func weekday(_ number: Int) -> Message {
        let days: [StoreText] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
        return days.indices.contains(number - 1) ? Message(days[number - 1]) : .verbatim(String(number))
    }

    /// A staff role as a list of credentials shows it: "class teacher", "классный руководитель".
    static func role(_ role: String) -> Message {
        switch role {
        case "teacher": Message(StoreText.roleTeacher)
        case "class_teacher": Message(StoreText.roleClassTeacher)
        case "director": Message(StoreText.roleDirector)
        case "deputy": Message(StoreText.roleDeputy)
        case "operator": Message(StoreText.roleOperator)
        default: .verbatim(role.replacingOccurrences(of: "_", with: " "))
        }
    }

    /// A staff role as a refusal names its holder: "the director", "an operator", "a class teacher".
    static func roleWithArticle(_ role: String) -> Message {
        switch role {
        case "teacher": Message(StoreText.aTeacher)
        case "class_teacher": Message(StoreText.aClassTeacher)
        case "director": Message(StoreText.theDirector)
        case "deputy": Message(StoreText.aDeputy)
        case "operator": Message(StoreText.anOperator)
        default: .verbatim("a " + role.replacingOccurrences(of: "_", with: " "))
        }
    }

    /// What became of a correction: "approved", "одобрено".
    static func correctionStatus(_ status: String) -> Message {
        switch status {
        case "own": Message(StoreText.statusOwn)
        case "approved": Message(StoreText.statusApproved)
        case "rejected": Message(StoreText.statusRejected)
        case "requested": Message(StoreText.statusRequested)
        default: .verbatim(status)
        }
    }

    /// The texts of the store's own rules, which its triggers raise in English: a refusal found
    /// by the English text is shown in the reader's language (`StoreFailure.rule`).
    static let storeRules: [StoreText] = [
        .ruleClosedYear,
        .ruleMarkNotEdited,
        .ruleMarkValueNotEdited,
        .ruleMarkNotDeleted,
        .ruleCorrectionRecordedFirst,
        .ruleCorrectionFromCurrent,
        .ruleCorrectionChanges,
        .ruleOwnCorrection,
        .ruleDirectorDecides,
        .ruleDecidedLater,
        .ruleCorrectionKeptDecidedOnce,
        .ruleMarkChangedSinceRequest,
        .ruleCorrectionKept,
        .ruleTrailAppendOnly,
        .ruleTrailChain,
        .ruleMarkNotReplaced,
        .ruleCorrectionNotReplaced,
        .ruleLessonNotReplaced,
        .ruleStudentNotReplaced,
        .ruleClassNotReplaced,
        .ruleVisitNotReplaced,
        .ruleEnrolmentNotReplaced,
        .rulePromotionOrderNotReplaced,
        .rulePromotionNotReplaced,
        .ruleOwnCorrectionDated,
        .ruleDecisionNamesDirector,
        .ruleDecidedAfterAsked,
        .ruleClosedYearKept,
        .ruleLessonHeld,
        .ruleStudentHeld,
        .ruleStaffHeld,
        .ruleClassHeld,
        .ruleSubjectHeld,
        .ruleGroupHeld,
        .ruleSchoolYearHeld,
        .ruleLessonIDKept,
        .ruleStudentIDKept,
        .ruleStaffIDKept,
        .ruleClassIDKept,
        .ruleSubjectCodeKept,
        .ruleGroupIDKept,
        .ruleSchoolYearKept,
    ]
}
