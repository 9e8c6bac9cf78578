import JournalFoundation

/// The texts of the shell and of the `ejournal` command line: the errors and hints of the
/// dot-commands and of the session, the help of every command and option, the prompts for
/// passwords, the lines under a result ("(5 rows)") and the summaries of import, export,
/// backups and the year.
///
/// The English texts are in `ShellText+English.swift`, the Russian in `ShellText+Russian.swift`.
/// The command line's texts are here too (`ejournal` imports this module), so that one catalog,
/// checked by `CatalogTests`, holds every text the program prints itself.
public enum ShellText: String, MessageCatalog {
    // MARK: The shell: dot-commands and scripts
    case banner
    case lineEditorMissing
    case outputFailed
    case outputFailedHint
    case commandLineSource
    case standardInputSource
    case argumentSource
    case unknownCommand
    case didYouMeanCommand
    case helpListsTheCommands
    case scriptsTooDeep
    case scriptMayReadItself
    case cannotReadScript
    case checkTheScriptPath
    case takesOneArgument
    case commandUsage
    case takesOnOrOff
    case notAnOutputMode
    case theModesAre
    case notADate
    case writeTheDateAs
    case notANumberOfRows
    case maxRowsExample
    case passwordTakesNoArgument
    case passwordsAreAsked
    case notALanguage
    case theLanguagesAre
    case currentLanguage

    // MARK: .help
    case noCommandToHelp
    case helpStatements
    case helpExample
    case helpSchemaAndExplain
    case helpQueries
    case helpFunctions
    case helpReports
    case helpKeeping
    case helpCommands
    case usageCommand
    case usageOptionalFile
    case usageFile
    case usageFormat
    case usageScript
    case usageOptionalDate
    case usageOptionalSource
    case helpHelp
    case helpMode
    case helpHeaders
    case helpOutput
    case helpOnce
    case helpRead
    case helpTimer
    case helpBail
    case helpEcho
    case helpToday
    case helpSchema
    case helpExplain
    case helpMaxRows
    case helpPassword
    case helpLang
    case helpQuit
    case helpExit

    // MARK: .schema
    case noSource
    case theSourcesAre
    case schemaFields
    case schemaFunctions
    case schemaLinks
    case schemaShownByDefault

    // MARK: Results
    case rows
    case rowsNotShown
    case runTime
    case explainParameters
    case explainSummaries
    case explainRawRows
    case explainSummariesAndRawRows
    case explainMarkDays
    case explainGradeSummary
    case explainGrades
    case explainGradeSummaryAndGrades

    // MARK: The session
    case asOfDateIsNotADate
    case setTheAsOfDate
    case backupFailed
    case backupVerified
    case backupCopiesFailed
    case checkTheMedia
    case restored
    case yearClosedAlready
    case yearClosed
    case yearClosedForced
    case verifiedBackupsThisYear
    case cannotWriteTo
    case checkTheFolder
    case checkJournalNoProblems
    case checkJournalFound
    case eachIsListedAbove

    // MARK: Files
    case mayNotWriteFiles
    case mayNotRunScripts
    case parentsReadTheDiary
    case mayNotWriteFilesNoFolder
    case mayNotRunScriptsNoFolder
    case operatorSetsTheFolder
    case mayNotWriteFilesOutside
    case mayNotRunScriptsOutside
    case nameAFileInsideExport
    case nameAFileInsideScripts
    case journalsOwnFile
    case writeToAFileOfTheirOwn
    case runAScriptFile

    // MARK: Passwords and credentials
    case administratorHasNoPassword
    case administratorIsWhoeverOpens
    case currentPasswordPrompt
    case newPasswordPrompt
    case newPasswordAgainPrompt
    case passwordForPrompt
    case passwordRefused
    case passwordsDiffer
    case noNewPassword
    case typeTheSamePasswordTwice
    case passwordChanged
    case noTerminal
    case passwordFromTheEnvironment
    case noPasswordTyped
    case typeItAndPressEnter
    case cancelled
    case nothingWasChanged
    case issuedForOneLogIn
    case newPasswordFromTheEnvironmentRefused
    case chooseAtLeast
    case noOneToIssueCredentialsTo
    case theClassHasNoStudents
    case columnName
    case columnClassOrRole
    case columnLogin
    case columnOneTimePassword
    case oneTimePasswordReminder

    // MARK: Errors of ejournal itself
    case internalError

    // MARK: The command line
    case noJournalAt
    case makeAJournal
    case checkTheDbPath
    case dryRunWroteNothing
    case dryRunIsNotForTheShell
    case importing
    case imported
    case exported
    case exportMayNotImportBack
    case madeDemo
    case seconds
    case compileTime
    case dateOption
    case classesRange
    case delimiterIsOneCharacter
    case setTakesNameValue
    case setNameIsNotAVariable
    case commandOrScripts
    case todayTakesADate
    case langTakesACode
    case ejournalAbstract
    case ejournalDiscussion
    case openAbstract
    case openDiscussion
    case importAbstract
    case importDiscussion
    case exportAbstract
    case demoAbstract
    case demoDiscussion
    case compileTimeAbstract
    case optionDB
    case optionToday
    case optionFormat
    case optionCommand
    case optionFile
    case optionScripts
    case optionSet
    case optionContinueOnError
    case optionUser
    case optionDryRun
    case optionHistory
    case optionLang
    case optionImportFolder
    case optionEncoding
    case optionDelimiter
    case optionExportFolder
    case optionClasses
    case optionSeed
    case optionUntil
    case optionCompileToday
    case optionRepeats
    case optionStatements
    // MARK: Papers: documents, workbooks, charts
    case pageResults
    case signClassTeacher
    case signDeputy
    case marksByValue
    case marksByValueDuring
    case columnMark
    case columnCount
    case workbookNeedsAFile
    case workbookToAFile
    case writtenTo
    case tableNumber
    case credentialsTitle
    case credentialsSheet
    case optionOutput
    case helpWidth
    case notAWidth
    case widthExample
}

extension Message {
    /// A text another part of ejournal hands the shell (a refusal of the store, a warning of a
    /// write): a message as it is, or a plain text (of a part whose texts are not yet in a
    /// catalog) shown as it came.
    static func given(_ text: some MessageArgumentConvertible) -> Message {
        switch text.messageArgument {
        case .message(let message): return message
        case .text(let text): return .verbatim(text)
        default: return .verbatim(String(describing: text))
        }
    }
}
