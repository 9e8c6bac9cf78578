import JournalFoundation

/// The texts of the store: refusals of an import (a CSV row, a column, a file), of a write, a
/// backup, a log-in and the year; what writes did and warn of; what `check journal` finds; the
/// words of the store's own rules. English in `StoreText+English.swift`, Russian in
/// `StoreText+Russian.swift`.
public enum StoreText: String, MessageCatalog {
    // MARK: - Import: the fields of a row
    case fieldEmpty, fieldEmptyHint, notADate, writeDates, notATimestamp, writeTimes, notAWholeNumber, notOneOf
    case useOneOf, unknownReference, noSuchID, noSuchIDMeant, noSuchIDInList, listedTwice, listEachOnce
    case fieldNumber, invisibleCharacter, byteOrderMark, nulByte, invisible, removeInvisible

    // MARK: - Import: what ids name
    case unknownStaffMember, unknownClass, unknownStudent, unknownSubject, unknownGroup, unknownLesson
    case unknownSchoolYear, unknownUser, unknownMark, staffMember, schoolClass, student, subject, group, lesson
    case schoolYear, user, mark, aSchemeOfPeriods, aSex, aKindOfMark, anAttendanceCode, aPeriodGrade

    // MARK: - Import: the files
    case cannotRead, checkFileReadable, notTextIn, notText, saveAsUTF8, fileEmpty, firstLineNamesColumns
    case cannotReadHeader, firstLineNamesColumnsWithCommas, notWellFormedCSV, quoteFields

    // MARK: - Import: the school's calendar
    case periodsOverlap, periodsOverlapHint, periodSpan, dayInNoPeriod, noPeriodsOfScheme, periodsOfSchemeAre
    case enteredBeforeLesson, enteredBeforeLessonHint

    // MARK: - Import: the rows
    case twoFiles, threeFiles, fieldCount, quoteDelimiter, appearsTwice, periodKey, subjectKey, idKey, classKey
    case groupKey, attendanceKey, gradeKey, firstGivenOnLineKeepOne, firstGivenOnLine, rowBreaksRule
    case checkAgainstFormat, oneSchoolRow, oneSchoolPerJournal, notASchoolYear, writeSchoolYear
    case periodEndsBeforeStart, swapDates, subjectNameTwice, unknownParentSubject, nameASubjectCode, idUsedIn
    case distinctPersonIDs, notARole, rolesAre, roleTwice, nameEachRoleOnce, notAClassName, classNameHint
    case studentNotInClass, groupOfOwnClass, groupNotOfClass, groupOfOtherSubject, checkGroups, notHours
    case writePositiveNumber, entryEndsBeforeStart, studentNotInLessonClass, onlyStudentsOfLessonClass
    case studentNotInLessonGroup, lessonForOneGroup, notAPeriodOfScheme, usePeriodNumbers

    // MARK: - Import and export: the folder
    case journalHoldsSchool, importIntoNewStore, folderRowsDangle, importFault, notAFolder, nameTheFolder
    case notAFolderFile, theFilesAre, noSchoolFile, schoolFileHint, unknownColumn, columnsAre, columnTwice
    case groupStaysEnded
    case keepOneOfThem, missingColumn, severalYears, studentsMoved, studentsLeft, remarksCount, examResultsCount
    case accountsCount, noFilesFor, cannotCreateFolder, checkPathPermissions, cannotWrite
    case checkFolderPermissions

    // MARK: - Backups
    case noBackupFolder, backupInChangedScript, copyNotWritten, manifestNotWritten, copyNotPutInPlace
    case copyDiffers, copyFailsIntegrity, copyFailsForeignKeys, noBackupCopy, givePathOfCopy, noReadableManifest
    case onlyOwnCopies, copyFailsChecksum, copyDamaged, copyFailsRowCounts, restoreInTransaction, runOnItsOwn
    case notRestored, backupDeadlinePassed, backUpByNoMedium, backUpByOneMedium, backupOverJournal
    case backUpElsewhere, nameNewFile, folderNotCopy, folderNotManifest, isALink, notAPlainFile, notAManifest
    case copyOfAnotherJournal, notACopyNoManifest, notACopyOtherManifest, noFreeName

    // MARK: - Accounts and logging in
    case credentialDescribed, staffRole, parentRole, administratorRole, roleTeacher, roleClassTeacher
    case roleDirector, roleDeputy, roleOperator, aTeacher, aClassTeacher, theDirector, aDeputy, anOperator
    case passwordTooShort, passwordIsLogin, passwordIsOld, noUserWithID, idsAreAsInJournal, wrongLogIn
    case wrongLogInHint, noCredentials, askForCredentials, wrongPassword, giveLogInPassword, choosePassword
    case passwordChangedMeanwhile, logInAgain, cannotHash, freeMemory, sodiumMissing, sodiumHint

    // MARK: - The year: closing it
    case yearGradesMissing, periodGradesMissing, requestsUndecided, noSchoolYear, journalHolds, cannotClose
    case andMore, closeAnyway

    // MARK: - The year: promotion and the next year
    case yearIsNotASchoolYear, yearNotClosedGrades, closeItFirst, promotedAlready, inNoClassOfYear
    case debtsForTheOrder, debtLine, outcomeRetained, outcomeLeft, outcomeGraduated
    case outcomePromotedConditionally, toClass, promotedCount, conditionalCount, retainedCount, leftCount
    case graduatedCount, classPromotion, promotedTotal, conditionalTotal, retainedTotal, leftTotal
    case graduatedTotal, promotionDryRun, promotedByOrder, promotedInAll, periodsFileNoColumn
    case periodsFileColumns, schemeValues, periodNumberValues, notADateYMD, periodEndsBeforeItStarts
    case problemWithValue, fixRowOpenAgain, yearAfter, openYearHint, yearNotClosed, closeAndPromoteFirst
    case noStudyPeriodsYet, noClassesYet, openedYear

    // MARK: - Writes: the lists
    case nothingWritten, addedStaffMember, addedStudent, addedParent, classExists, addedClass, subjectExists
    case addedSubject, periodExists, removePeriodFirst, addedPeriod, addedToTimetable, loadExists
    case removeLoadFirst, addedToLoad, noSuchLoad, removedFromLoad, confirmedLoad, loadStillDraft, leftAlready
    case withdrawn, idTakenByStaffMember, idTakenByStudent, idTakenByParent, uniqueIDs, classNumbered
    case teacherBusy, classBusy, removeTimetableFirst, removeAndAddAnew, changedFields, studentNamed, staffNamed
    case staffMemberNamed, parentNamed, subjectNamed, classNamed, periodNamed, timetableEntryNamed, theGroup
    case marksCount, attendanceRecordsCount, gradesCount, lessonsCount, timetableEntriesCount, loadLinesCount
    case classesCount, studentsCount, coursesCount, cannotRemove, journalKeepsHistory, noSuchRecord, removed
    case studentInNoClass, addToAClass, inClassAlready, moveBeforeEnrolment, giveLaterDate, moved, emptyRange
    case firstDayThenLast, noStudyPeriods, addPeriodsFirst, rangeBeyondYear, createLessonsWithin, lessonsCreated
    case topicRecorded, homeworkRecorded, teachesAlready, substitutes, noSubstitute, remarkMade, noRemark
    case listRemarks, remarkResolvedAlready, remarkResolved

    // MARK: - Writes: lessons, marks, grades, groups and corrections
    case lessonAsNamed, lessonNumberPart, inParentheses, noLessonsOn, createLessonsOf, noSuchLesson, thatDayHad
    case couldBeLessons, sayWhichLesson, lessonDescribed, notInClassOfLesson, notInGroupOfLesson
    case groupsSplitByDeputy, enteredLate, marksPut, attendanceRecorded, notInClass, tooFewMarks
    case yearGradesEntered, examGradesEntered, finalGradesEntered, periodGradesEntered, inNoClass
    case resultsEnteredLate, examResultsEntered, groupOfSubject, inSubjectGroupAlready, takeOutOfGroupFirst
    case groupMade, groupChanged, groupLeavers, groupJoiners, groupStayers, leaversHaveLaterMarks, noMark, findMarkID
    case groupChangedLater, dateGroupChangeLater, inGroupAlready, notInGroupNow, groupReplacesMost, groupAddOrRemove
    case namedTwiceInGroup, noGroupToChange, groupChangeBeforeYear, groupChangeAfterToday, groupChangeDates
    case markIsAlready, correctionAskedFor, corrected, noCorrection, listRequests, notARequest, statusOwn
    case statusApproved, statusRejected, statusRequested, noDirector, addDirector, correctionApproved
    case correctionRejected

    // MARK: - Rights: what a user may not do, and who may
    case mayNot, readThisDiary, readThisReport, ownReportReaders, diaryReaders, changeLists, operatorDoesR1
    case changeClassList, classListKeepers, fillInLesson, substituteDoes, lessonTeacherDoes, nameSubstitute
    case substituteNamers, enterGrades, subjectTeacherDoes, splitIntoGroups, deputyDoesR34, makeRemarks
    case deputyOrDirectorDoesR35, resolveRemark, remarkResolvers, correctMark, markCorrectors, decideCorrection
    case directorDoesR18, keepTheYear, operatorDoesR5R6, issueTheseCredentials, credentialIssuers
    case issueCredentialsTo, issuersOfRole, reissueChosenPassword, reissuers

    // MARK: - Rights: the data a query reads
    case readData, readDataOf, readDataOfSchool, diaryOnly, schoolLists, studentNames, personalData, theJournal
    case theLogIns, theTrail, schoolListsReaders, studentNamesReaders, personalDataReaders, journalReaders
    case logInsReaders, trailReaders, theAccounts, accountsReaders

    // MARK: - Folders for the files of logged-in users
    case noExportFolder, noScriptsFolder, exportFolderFromRoot, scriptsFolderFromRoot, setFolderHint, noFolder
    case makeFolderFirst, journalsOwnFolder, folderOfTheirOwn, exportFolderIs, scriptsFolderIs

    // MARK: - The store file and SQLite
    case cannotOpenJournal, checkStorePath, refersToMissing, notADatabase, cannotOpenFile, readOnlyFile
    case busyFile, damagedFile, diskFull, breaksRule, sqliteError, queryInterrupted, nothingChanged, storeFault

    // MARK: - The store's own rules, as its triggers refuse a change (the English words are the triggers' own)
    case ruleClosedYear, ruleMarkNotEdited, ruleMarkValueNotEdited, ruleMarkNotDeleted
    case ruleCorrectionRecordedFirst, ruleCorrectionFromCurrent, ruleCorrectionChanges, ruleOwnCorrection
    case ruleDirectorDecides, ruleDecidedLater, ruleCorrectionKeptDecidedOnce, ruleMarkChangedSinceRequest
    case ruleCorrectionKept, ruleTrailAppendOnly, ruleTrailChain, ruleMarkNotReplaced, ruleCorrectionNotReplaced
    case ruleLessonNotReplaced, ruleStudentNotReplaced, ruleClassNotReplaced, ruleVisitNotReplaced
    case ruleEnrolmentNotReplaced, rulePromotionOrderNotReplaced, rulePromotionNotReplaced
    case ruleOwnCorrectionDated, ruleDecisionNamesDirector, ruleDecidedAfterAsked, ruleClosedYearKept
    case ruleLessonHeld, ruleStudentHeld, ruleStaffHeld, ruleClassHeld, ruleSubjectHeld, ruleGroupHeld
    case ruleSchoolYearHeld, ruleLessonIDKept, ruleStudentIDKept, ruleStaffIDKept, ruleClassIDKept
    case ruleSubjectCodeKept, ruleGroupIDKept, ruleSchoolYearKept

    // MARK: - Words put into other texts
    case quarters, halves, trimesters, monday, tuesday, wednesday, thursday, friday, saturday, sunday
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
