import JournalFoundation

/// The texts of the resolver: its errors and hints, the notes under a result, and the words it
/// says spans and kinds of values with. Words of the query language inside them are given as
/// `.keyword(…)` arguments, so that a Russian reader sees `отметки`, `период`; an example query
/// in a hint is written out in each language.
public enum ResolverText: String, MessageCatalog {
    // Sources and scopes
    case unknownSource
    case noGrade
    case schoolGrades
    case noClass
    case noClassOrGroup
    case noGroup
    case classesAre
    case noStudentScope
    case scopeByClass

    // Spans and periods
    case notADate
    case dateForm
    case noSchoolYear
    case journalYears
    case noStudyPeriods
    case importPeriods
    case spanBackwards
    case rangeBackwards
    case gradesNeedAPeriod
    case usePeriod

    // The planning sources and the links between sources
    case spanMeansNothing
    case leaveOutSpan
    case scopeMeansNothing
    case noLink
    case linksAre
    case noLinks
    case linkNeedsAggregate
    case exampleLink
    case linkedAverageInGroup
    case linkedAverageHint
    case periodForms
    case countsOtherPeriods
    case taughtInPeriods
    case useOwnPeriod
    case sayTermOr
    case classesHaveNoSpan
    case schoolHasNoSpan
    case noPeriodsForYear
    case yearHas
    case and
    case inQuarters
    case inHalves
    case inTrimesters
    case quarters
    case halves
    case trimesters
    case expectedPeriodNumber
    case noPeriodRunning
    case nameThePeriod

    // Spans as the reader says them
    case period
    case spanSchoolYear
    case spanThisWeek
    case spanLastWeek
    case spanLastDays
    case spanLastWeeks
    case spanSince
    case spanOn
    case spanBetween
    case spanCurrentPeriod

    // Notes under a result
    case noteNoPeriod
    case noteNotBegun

    // Fields, functions and words
    case isAFunction
    case noField
    case fieldsAre
    case fieldsAndFunctionsAre
    case textInQuotes
    case notABy
    case showTheBy
    case noFunction
    case isAField
    case functionsAre
    case noFunctionOf
    case functionOfOthers
    case functionsOfSourceAre

    // Types
    case onlyNumbersNegative
    case arithmeticOnNumbers
    case needsACondition
    case isNot
    case useOneOf
    case personOnlyInComparison
    case periodGradesAre
    case cannotCompareThisWay
    case cannotOrder
    case cannotCompare
    case useEquals
    case takesOneDate
    case takesADate
    case takesOneArgument
    case needsNumbers
    case aggregateNeedsBy
    case shareTakesACondition
    case shareIsAPercent
    case studentsAreCounted
    case onlyCounted
    case takesOneSpan
    case removeOne
    case takesOneSubject
    case takesOnlyASpan
    case expectedSubjectOrSpan
    case expectedSubjectOrPeriod
    case gradeIsAStudents
    case gradeNeedsSubjectAndPeriod
    case gradeNeedsAPeriod
    case measureOfAGroup
    case useMeasureOnGroups
    case measureNeedsAPeriod
    case measureNeedsAPeriodNot

    // What a value is
    case aNumber
    case aText
    case aDate
    case aTimestamp
    case aCondition
    case aSex
    case aKindOfMark
    case anAbsenceCode
    case aRole
    case aStatus
    case aStateExam
    case aKindOfOrder
    case aValueOf
    case aPerson
    case aSubject
    case aClass
    case aPeriodGrade
    case aSeries
    case numbers
    case texts
    case dates
    case timestamps
    case conditions
    case sexes
    case kindsOfMark
    case absenceCodes
    case roles
    case statuses
    case stateExams
    case kindsOfOrder
    case valuesOf
    case people
    case subjects
    case classes
    case periodGrades
    case series

    // MARK: Series (spark)
    case sparkTakesASet
    case sparkExample
    case sparkOfARow
    case sparkWithoutBy
    case sparkCannotRead
    case bucketsAre
    case bucketsOnlyInSpark
    case sparkIsShownOnly

    // Hints and examples
    case countItFirst
    case compareNumber
    case compareValue
    case compareWithNumber
    case compareWithMarks
    case nameTheClass
    case compareWithDate
    case compareOneKind
    case exampleCountStudents
    case exampleOfTerm1
    case exampleCountOf
    case exampleCall
    case exampleCalls
    case exampleAggregate
    case exampleAggregateOrField
    case exampleShareByTeacher
    case exampleShare
    case exampleBySubject
    case exampleSubjectAndDays
    case exampleDays
    case exampleSubjectOrSpan
    case exampleGrade
    case exampleGradeCall
    case exampleReport
    case twoHints

    // Subjects and people
    case couldBeSubjects
    case sayWhich
    case noSubject
    case subjectsAre
    case classHasNoSubject
    case taughtIn
    case noStudentNamed
    case noStaffNamed
    case noPersonNamed
    case namePerson
    case matchesStudents
    case matchesPeople
    case addFirstName
    case noStudentIn
    case classList
    case matchesStudentsOf
    case addFirstNameInQuotes
    case noOneWithID
    case idsAreAsInTheJournal

    // Writing statements
    case cannotRead
    case idTaken
    case idsAreUnique
    case exampleBorn
    case sexIsMOrF
    case gradeIs1To11
    case schemeIs
    case classHasNoGroup
    case exampleAddPeriod
    case exampleAddTimetable
    case exampleCreateLessons
    case exampleGradeStatement

    // Reports and the diary
    case reportNeedsAPeriod
    case whoseDiary
    case exampleDiary
    case noStudentWithID
    case nameTheStudent
    case nameWhichChild
    case exampleDiaryOf
    case reportOfOneStudent
    case exampleStudentReport
    case studentInNoClass
    case exampleReportOf
    case nameWhichChildsReport
}
