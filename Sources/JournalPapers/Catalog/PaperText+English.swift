import JournalFoundation

extension PaperText {
    public var english: String {
        switch self {
        case .workbookNotCreated: "the workbook {1} could not be created"
        case .workbookNotWritten: "the workbook {1} could not be written: {2}"
        case .workbookFolderHint:
            "name a file in a folder that exists and that you may write to, e.g. --output report.xlsx"
        case .workbookLibraryMissing: "the workbook {1} cannot be written: libxlsxwriter is not installed"
        case .workbookLibraryHint:
            "install it (Debian: apt-get install libxlsxwriter4, or scripts/install-deps), or choose --format csv-excel"
        case .sheet: "Sheet {1}"
        case .chartNeedsANumber: "a chart needs a column of numbers: show a count, an average or another measure"
        case .chartNeedsALabel: "a chart needs a column that names its bars: group with by and show the by item"
        case .classLabel: "Class"
        case .classTeacherLabel: "Class teacher"
        case .periodLabel: "Period"
        case .dateLabel: "Date"
        case .rows: "{1} {1|row|rows}"
        case .signatureLine: "signature"
        case .madeBy: "Made by ejournal on {1}"
        case .yes: "yes"
        case .no: "no"
        case .slipName: "Name"
        case .slipClassOrRole: "Class or role"
        case .slipLogin: "Login"
        case .slipPassword: "One-time password"
        case .slipHowTo:
            """
            To log in: ejournal --db {1} --user {2}, then type this password. It works once: you are asked at \
            once to choose your own, of at least {3} characters. Keep this slip to yourself.
            """
        case .chartExample: "for example: marks in 7А during term 1 by value show value, count() chart"
        case .cutHere: "cut here"
        }
    }
}
