// The English texts of the shell and the command line. Every text of `ShellText` is here and in
// `ShellText+Russian.swift`.

extension ShellText {
    public var english: String {
        switch self {
        // The shell: dot-commands and scripts.
        case .banner:
            "ejournal: the journal {1}. .help lists the commands, .lang ru shows them in Russian; Ctrl-D leaves."
        case .outputFailed: "the output cannot be written: {1}"
        case .outputFailedHint:
            "what was not written is lost: free space on its disk, or send the results elsewhere (--output FILE), and run it again"
        case .lineEditorMissing:
            "the line editor is not installed (libedit): lines are read without editing or history; install libedit2"
        case .commandLineSource: "<command line>"
        case .standardInputSource: "<stdin>"
        case .argumentSource: "<argument>"
        case .unknownCommand: "unknown command \".{1}\""
        case .didYouMeanCommand: "did you mean \".{1}\"?"
        case .helpListsTheCommands: ".help lists the commands"
        case .scriptsTooDeep: "scripts read each other more than {1} deep"
        case .scriptMayReadItself: "a script may be reading itself"
        case .cannotReadScript: "cannot read the script {1}"
        case .checkTheScriptPath: "check the path; relative paths start at the script's folder"
        case .takesOneArgument: ".{1} takes one argument"
        case .commandUsage: ".{1} {2}"
        case .takesOnOrOff: ".{1} takes on or off, not \"{2}\""
        case .notAnOutputMode: "\"{1}\" is not an output mode"
        case .theModesAre: "the modes are table, csv, json, markdown, csv-excel, html, xlsx"
        case .notADate: "{1} is not a date"
        case .writeTheDateAs: "write it as YYYY-MM-DD, e.g. .today 2026-11-27"
        case .notANumberOfRows: "\"{1}\" is not a number of rows"
        case .maxRowsExample: ".maxrows 50, or .maxrows 0 for all"
        case .passwordTakesNoArgument: ".password takes no argument"
        case .passwordsAreAsked: "the passwords are asked, never typed in a line"
        case .notALanguage: "\"{1}\" is not a language"
        case .theLanguagesAre: "the languages are ru (Russian) and en (English): .lang ru"
        case .currentLanguage: "English (en)"

        // .help
        case .noCommandToHelp: "no command .{1}: .help lists them"
        case .helpStatements: "Statements of the journal's language end with ; or at the end of a complete line:"
        case .helpExample: "students in 7А where marks(math, term 2) < 3"
        case .helpSchemaAndExplain: ".schema lists what can be asked; explain QUERY shows its SQL."
        case .helpQueries: "A query and its clauses (.help WORD shows examples of each):"
        case .helpFunctions: "Functions (.help WORD shows examples; .schema SOURCE, which a source's rows have):"
        case .helpReports: "Reports, the diary, the year, backups, log-ins (.help WORD shows examples of each):"
        case .helpKeeping: "Keeping the journal (.help WORD shows examples of each):"
        case .helpCommands: "Commands:"
        case .usageCommand: "[COMMAND]"
        case .usageOptionalFile: "[FILE]"
        case .usageFile: "FILE"
        case .usageFormat: "FORMAT"
        case .usageScript: "SCRIPT"
        case .usageOptionalDate: "[DATE]"
        case .usageOptionalSource: "[SOURCE]"
        case .helpHelp: "Show the commands, or one command's help."
        case .helpMode:
            "Choose how results are printed: table, csv, json, markdown, csv-excel (for Excel), html (a page), xlsx."
        case .helpHeaders: "Print the column names, or not."
        case .helpOutput: "Send results to FILE from now on; without FILE, back to the screen."
        case .helpOnce: "Send the next result only to FILE."
        case .helpRead: "Run the statements of a script file (scripts may read others)."
        case .helpTimer: "Print how long each statement took."
        case .helpBail: "Stop at the first error (scripts always do, unless --continue-on-error)."
        case .helpEcho: "Print each statement before its result."
        case .helpToday: "Answer as of DATE (YYYY-MM-DD); without DATE, show the \"as of\" date."
        case .helpSchema: "Show what can be asked: the sources, their fields and functions."
        case .helpExplain: "Print the SQL of each query before its rows."
        case .helpMaxRows: "Show at most N rows of a table on the screen (0: all of them)."
        case .helpPassword: "Change your own password (asked without showing it)."
        case .helpLang: "Show messages and results in Russian (ru) or English (en); without either, show which."
        case .helpQuit: "Leave the shell (Ctrl-D does too)."
        case .helpExit: "Leave the shell."

        // .schema
        case .noSource: "there is no source \"{1}\""
        case .theSourcesAre: "the sources are: {1}"
        case .schemaFields: "fields: {1}"
        case .schemaFunctions: "functions: {1}"
        case .schemaLinks: "links, read in an aggregate (count(LINK), sum(LINK.FIELD)): {1}"
        case .schemaShownByDefault: "shown by default: {1}"

        // Results.
        case .rows: "({1} {1|row|rows})"
        case .rowsNotShown: "({1} {1|row|rows}, {2} not shown: .maxrows sets how many are)"
        case .runTime: "Run Time: {1} ms, {2} {2|row|rows}"
        case .explainParameters: "-- parameters: {1}"
        case .explainSummaries:
            "-- marks, attendance and lessons: from the summaries the store keeps for whole weeks and months, the raw rows only for the days at a span's edges"
        case .explainRawRows:
            "-- marks, attendance and lessons: from the raw rows (a filter, a list, the lowest or highest, a median or a series needs each one; one class's, or a few days', are read sooner so)"
        case .explainSummariesAndRawRows:
            "-- marks, attendance and lessons: from the summaries for whole weeks and months where a function allows, from the raw rows where it needs each one"
        case .explainMarkDays:
            "-- marks, attendance and lessons: from the summary the store keeps by class and day (mark_day: how many marks, their sum), no mark read one by one"
        case .explainGradeSummary:
            "-- period grades: from the summary the store keeps by student and period (grade_summary: the lowest, the СОУ weights, how many), no grade read one by one"
        case .explainGrades:
            "-- period grades: each grade read (of some subjects, or by subject, the summary by student does not tell them apart)"
        case .explainGradeSummaryAndGrades:
            "-- period grades: from the summary by student and period where a function is of every subject, each grade where it is of some"

        // The session.
        case .asOfDateIsNotADate: "the \"as of\" date {1} is not a date"
        case .setTheAsOfDate: "set it as YYYY-MM-DD"
        case .backupFailed: "backup to {1} FAILED: {2}"
        case .backupVerified: "backup to {1}: verified, sha256 {2}"
        case .backupCopiesFailed: "{1} of {2} backup copies failed: {3}"
        case .checkTheMedia: "check that each medium is mounted and has room; the other copies are good"
        case .restored: "restored the journal from {1} (made {2}, checksum verified)"
        case .yearClosedAlready: "the school year {1} is closed already, since {2}"
        case .yearClosed: "closed the school year {1}"
        case .yearClosedForced: "closed the school year {1} (forced: {2})"
        case .verifiedBackupsThisYear: "this year's verified backups: {1}, on {2} {2|medium|media}"
        case .cannotWriteTo: "cannot write to {1}"
        case .checkTheFolder: "check that the folder exists and can be written"
        case .checkJournalNoProblems: "check journal: no problems"
        case .checkJournalFound: "check journal found {1} {1|problem|problems}"
        case .eachIsListedAbove: "each is listed above with what to do"

        // Files.
        case .mayNotWriteFiles: "{1} may not write results to files"
        case .mayNotRunScripts: "{1} may not run script files"
        case .parentsReadTheDiary: "parents and students read the diary on the screen: {1}"
        case .mayNotWriteFilesNoFolder: "{1} may not write results to files: the operator has set no export folder"
        case .mayNotRunScriptsNoFolder: "{1} may not run script files: the operator has set no scripts folder"
        case .operatorSetsTheFolder: "the operator sets one: set {1} folder \"/srv/ejournal/{1}\""
        case .mayNotWriteFilesOutside: "{1} may not write results to files outside the export folder {2}"
        case .mayNotRunScriptsOutside: "{1} may not run script files outside the scripts folder {2}"
        case .nameAFileInsideExport: "name a file inside it, e.g. .once results.csv"
        case .nameAFileInsideScripts: "name a file inside it, e.g. .read audit.ejs"
        case .journalsOwnFile: "{1} is one of the journal's own files (the store, its logs, its backup copies)"
        case .writeToAFileOfTheirOwn: "write results to a file of their own: .output results.csv"
        case .runAScriptFile: "run a script file: .read audit.ejs"

        // Passwords and credentials.
        case .administratorHasNoPassword: "the local administrator has no password to change"
        case .administratorIsWhoeverOpens:
            "the administrator is whoever can open the file; users log in with --user LOGIN"
        case .currentPasswordPrompt: "Current password: "
        case .newPasswordPrompt: "New password: "
        case .newPasswordAgainPrompt: "New password again: "
        case .passwordForPrompt: "Password for {1}: "
        case .passwordRefused: "{1}; choose at least {2} {2|character|characters}, not the login"
        case .passwordsDiffer: "the two passwords differ"
        case .noNewPassword: "no new password was chosen"
        case .typeTheSamePasswordTwice: "type the same password twice"
        case .passwordChanged: "the password of {1} is changed"
        case .noTerminal: "there is no terminal to ask for the password on"
        case .passwordFromTheEnvironment:
            "for scripts, give it in the environment: EJOURNAL_PASSWORD (and EJOURNAL_NEW_PASSWORD to change it)"
        case .noPasswordTyped: "no password was typed"
        case .typeItAndPressEnter: "type it and press Enter"
        case .cancelled: "cancelled"
        case .nothingWasChanged: "nothing was changed"
        case .issuedForOneLogIn: "The password was issued for one log-in: choose your own."
        case .newPasswordFromTheEnvironmentRefused: "EJOURNAL_NEW_PASSWORD cannot be the new password: {1}"
        case .chooseAtLeast: "choose at least {1} {1|character|characters}, not the login"
        case .noOneToIssueCredentialsTo: "no one to issue credentials to"
        case .theClassHasNoStudents: "the class has no students yet"
        case .columnName: "name"
        case .columnClassOrRole: "class or role"
        case .columnLogin: "login"
        case .columnOneTimePassword: "one-time password"
        case .oneTimePasswordReminder:
            "The one-time password works for the first log-in only: change it at first log-in."

        // Errors of ejournal itself.
        case .internalError: "internal error: {1}"

        // The command line.
        case .noJournalAt: "there is no journal at {1}"
        case .makeAJournal: "make one with: ejournal demo --db {1}, or ejournal import FOLDER --db {1}"
        case .checkTheDbPath: "check the --db path"
        case .dryRunWroteNothing: "dry run: nothing was written"
        case .dryRunIsNotForTheShell: "--dry-run rehearses -c STATEMENTS or scripts, not the shell"
        case .importing: "importing {1}: {2} {2|row|rows} read"
        case .imported: "imported {1} {1|row|rows} from {2} {2|file|files} into {3} in {4}"
        case .exported: "exported {1} {1|row|rows} in {2} {2|file|files} to {3}"
        case .exportMayNotImportBack:
            "the folder may not import back as it is; a backup (backup to \"PATH\") keeps the whole journal"
        case .madeDemo: "made a demo school in {1} in {2}"
        case .seconds: "{1} s"
        case .compileTime: "{1} µs  {2}"
        case .dateOption: "{1} takes a date as YYYY-MM-DD, e.g. 2026-11-27; \"{2}\" is not one."
        case .classesRange: "--classes takes a number from 1 to 99."
        case .delimiterIsOneCharacter: "--delimiter takes one character, such as ';' or ','."
        case .setTakesNameValue: "--set takes NAME=VALUE, e.g. --set class=7А; \"{1}\" has no name."
        case .setNameIsNotAVariable: "--set: \"{1}\" is not a variable name (letters, digits, _)."
        case .commandOrScripts: "Give either -c STATEMENTS or scripts, not both."
        case .todayTakesADate: "--today takes a date as YYYY-MM-DD."
        case .langTakesACode: "--lang takes ru or en, not \"{1}\"."
        case .ejournalAbstract: "A shell for a school's electronic class journal, kept in one SQLite file."
        case .ejournalDiscussion:
            """
            Without a subcommand, opens the journal named by --db: runs the statements of -c, \
            or reads statements from standard input.

            Exit codes: 0 success, 64 usage error, 65 error in the input (a statement, a CSV row, a date), \
            70 internal error, 77 a refused log-in (--user).
            """
        case .openAbstract:
            "Open a journal: run statements, scripts, or the interactive shell (the default subcommand)."
        case .openDiscussion:
            """
            Statements are queries of the journal's language, e.g. students in 7А where marks(math, term 2) < 3; \
            several are separated by ';'. explain QUERY prints the SQL a query compiles to. In the shell, .help \
            lists the dot-commands. A script runs in one transaction: its first error stops it and undoes it.
            """
        case .importAbstract: "Load a school from a folder of CSV files into an empty journal, all or nothing."
        case .importDiscussion:
            """
            The folder holds school.csv, students.csv, marks.csv … as data-format.md describes. \
            UTF-8 (with or without BOM) and Windows-1251 with ';' are detected per file. \
            One bad row rejects the whole import and nothing is written.
            """
        case .exportAbstract: "Write the journal out as a folder of CSV files (UTF-8, ',' separated), one per table."
        case .demoAbstract:
            "Make a realistic demo school in a new journal: people, timetable, lessons, marks, absences, log-ins."
        case .demoDiscussion: "The same options and seed always give the same school."
        case .compileTimeAbstract: "Measure how long each statement takes to compile to SQL (for scripts/bench)."
        case .optionDB: "The journal's SQLite file."
        case .optionToday:
            "The \"as of\" date of the session, YYYY-MM-DD (default: the store's today, else the system date)."
        case .optionFormat:
            "How results are printed: table, csv, json, markdown, csv-excel (for Russian Excel), html (a printable page) or xlsx (a workbook)."
        case .optionCommand:
            "Statements to run, separated by ';'; without it and without scripts, the shell reads standard input."
        case .optionFile: "A script to run (may be given several times)."
        case .optionScripts: "Scripts to run, in order."
        case .optionSet: "A variable for statements and scripts, as NAME=VALUE; $NAME stands for VALUE."
        case .optionContinueOnError: "In scripts, report each failing statement and run the rest, instead of stopping."
        case .optionUser:
            """
            Log in as this user (the login on the credentials list, e.g. t005); the password is asked \
            without echo, or taken from $EJOURNAL_PASSWORD. Without it, the session is the local administrator.
            """
        case .optionDryRun:
            "Run the statements or scripts, print everything they would do, and write nothing (a rehearsal)."
        case .optionHistory: "The shell's history file (default: ~/.ejournal_history, or $EJOURNAL_HISTORY)."
        case .optionLang:
            "The language of messages and results: ru or en (default: $EJOURNAL_LANG, else the locale's, else en)."
        case .optionImportFolder: "The folder of CSV files."
        case .optionEncoding: "Read every file in this encoding (utf8 or cp1251) instead of detecting it."
        case .optionDelimiter: "Read every file with this one-character delimiter instead of detecting it."
        case .optionExportFolder: "The folder to write (created when missing; its CSV files are replaced)."
        case .optionClasses: "How many classes the school has (1 to 99)."
        case .optionSeed: "The seed of the school's random choices."
        case .optionUntil: "The last day with lessons and the school's \"as of\" date, YYYY-MM-DD."
        case .optionCompileToday: "The \"as of\" date, YYYY-MM-DD."
        case .optionRepeats: "How many times each statement is compiled."
        case .optionStatements: "The statements to time."
        case .pageResults: "Results"
        case .signClassTeacher: "Class teacher"
        case .signDeputy: "Deputy director"
        case .marksByValue: "Marks by value"
        case .marksByValueDuring: "Marks by value, {1}"
        case .columnMark: "mark"
        case .columnCount: "count"
        case .workbookNeedsAFile: "a workbook is a file: it cannot be shown on the terminal"
        case .workbookToAFile:
            "name the file: --output FILE.xlsx on the command line, .once FILE.xlsx or .output FILE.xlsx in the shell"
        case .writtenTo: "written to {1}: {2} {2|row|rows}"
        case .tableNumber: "table {1}"
        case .credentialsTitle: "Log-in credentials"
        case .credentialsSheet: "credentials"
        case .optionOutput:
            "Write the results to this file instead of standard output (a workbook, --format xlsx, needs one)."
        case .helpWidth: "How many columns wide charts are drawn (0: as wide as the terminal)."
        case .notAWidth: "\"{1}\" is not a width"
        case .widthExample: ".width 60, or .width 0 for the terminal's"
        }
    }
}
