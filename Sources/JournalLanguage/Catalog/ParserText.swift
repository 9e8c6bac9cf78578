import JournalFoundation

/// The texts of the language's first two stages: the lexer's and the parser's mistakes (a query's,
/// a writing statement's), their hints and examples, and how a token is named in them.
///
/// Words of the language in a text are arguments (`.keyword("where")`), shown in Russian to a Russian
/// reader; what the user typed is quoted as typed. The English texts are in `ParserText+English.swift`,
/// the Russian in `ParserText+Russian.swift`.
public enum ParserText: String, MessageCatalog {
    // MARK: Tokens and the lexer
    case endOfQuery
    case theText
    case characterHasNoMeaning
    case groupWithRoundBrackets
    case removeOrQuote
    case noVariable
    case giveVariable
    case didYouMeanVariable
    case variablesAre
    case textNotClosed
    case endTextWith
    case moreMistakes
    case correctTheOnesAbove
    case date

    // MARK: Statements and queries
    case textTooLong
    case splitTheText
    case cannotFollowHere
    case endTheStatement
    case queryIsEmpty
    case startWith
    case followedBy
    case expectedSchoolYear
    case closeYearExample
    case forceNeedsReason
    case closeForceExample
    case backupExample
    case restoreExample
    case pathInQuotes
    case pathExample
    case checkIsFollowedByDensity
    case checkDensityExample
    case queryCannotStartWith
    case queryStartsWithOneOf
    case clauseAfterClause
    case clausesGoInOrder
    case notAClause
    case showOrFilterByIt
    case clauseEndsWhereTheNextStarts
    /// `0,5` typed the Russian way: a decimal takes a point in a query.
    case decimalWithPoint
    case chartComesLast
    case bucketExpected
    case bucketExample
    case orderByExample
    case tooManyItems
    case orderByTheFew
    case limitTakesWholeNumber
    case limitExample
    case expectedScope
    case scopeExample

    // MARK: Conditions and values
    case showWhatYouRead
    case nestsTooDeep
    case splitTheCondition
    case andNeedsCondition
    case removeTheLastAnd
    case isFollowedByEmpty
    case isEmptyExample
    case bracketNotClosed
    case addBracketAfterArguments
    case foundWhereBracketOrComma
    case addBracketAtTheEnd
    case foundWhereBracket
    case queryEndsWhereValue
    case finishExpression
    case clauseWithoutValue
    case whereExample
    case expectedValue
    case valueExample

    // MARK: Time spans
    case takesADate
    case dateExample
    case takesThePeriodsNumber
    case periodExample
    case thisWeekExample
    case lastTakes
    case lastExample
    case lastNumberTakesUnit
    case lastDaysExample
    case fromIsFollowedByTo
    case fromToExample
    case expectedTimeSpan
    case spanExample

    // MARK: The diary and log-ins
    case diaryIsOneStudents
    case diaryExample
    case credentialsExample
    case sayWhoseCredentials
    case expectedHolder

    // MARK: Writing statements: what was expected
    case found
    case statementEnds
    case expectedButEnds
    case expectedWord
    case expectedWhat
    case expectedFound
    case expectedInRange
    case expectedADate
    case notExpectedHere
    case mayBeFollowedBy
    case isNot
    case oneOf
    case weekdays
    case expectedTheList
    case expectedInQuotes
    case afterTheLesson
    case notAStatement
    case notAFolder
    case cannotReadStatement
    case expectedNewID
    case expectedFullName
    case expectedHours
    case classNameStartsWithGrade
    case nameInQuotes
    case cannotBeEmpty
    case expectedPeriod
    case isNotAGrade
    case theGradesAre
    case isNotAStateExam
    case theStateExams
    case marksAreSeparated
    case studentsAreSeparated
    case gradesAreSeparated
    case resultsAreSeparated
    case exceptionsAreSeparated

    // MARK: Writing statements: the words they expect
    case aDate
    case aSchoolYear
    case aClassOrGroup
    case aClass
    case aGroup
    case aSubject
    case aStaffMember
    case aStudent
    case aParent
    case aDayOfTheWeek
    case theLessonsNumber
    case thePeriodsNumber
    case theTopic
    case theHomework
    case theRemark
    case whatWasDone
    case theGroupsName
    case theRemarksNumber
    case theCorrectionsNumber
    case theMarksID
    case aMark
    case theReason
    case thePeriodsFile
    case exportOrScripts
    case theFolder
    case whatToAdd
    case whatToChange
    case whatToRemove
    case hoursAWeek
    case anID
    case theNameInQuotes
    case aRole
    case theClassesName
    case theSubjectsCode
    case theSubjectsName
    case aScheme
    case aFieldOfStudent
    case aFieldOfStaff
    case aFieldOfParent
    case aFieldOfClass
    case aFieldOfSubject
    case mOrF
    case aValue
    case aValueAfter
    case aKindOfWork
    case anAbsenceCode
    case aPeriod
    case aGrade
    case theExam
    case theScore
    case theMark
    case theOrdersNumber
    case retainLeaveOrGraduate

    // MARK: Writing statements: examples
    case addExample
    case addLoadExample
    case addStaffExample
    case addStudentExample
    case addParentExample
    case addClassExample
    case addSubjectExample
    case addPeriodExample
    case addTimetableExample
    case changeExample
    case removeExample
    case confirmExample
    case moveExample
    case withdrawExample
    case createExample
    case lessonTextExample
    case substituteExample
    case groupExample
    case remarkExample
    case resolveExample
    case correctExample
    case approveExample
    case rejectExample
    case openExample
    case setFolderExample
    case markExample
    case absentExample
    case gradeExample
    case examExample
    case promoteExample

    // MARK: Writing statements: words whose Russian form depends on the statement
    case wordInto
    case wordOnto
    case wordUntil
    case wordFrom
    case wordOutOf
    case wordForChild
    case wordOfWhole
    case wordOrder
    case wordGrade
    case wordName
}
