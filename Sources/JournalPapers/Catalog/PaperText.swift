import JournalFoundation

/// The texts of the papers: workbooks, charts, pages.
public enum PaperText: String, MessageCatalog {
    case workbookNotCreated
    case workbookNotWritten
    case workbookFolderHint
    case workbookLibraryMissing
    case workbookLibraryHint
    case sheet
    case chartNeedsANumber
    case chartNeedsALabel
    case classLabel
    case classTeacherLabel
    case periodLabel
    case dateLabel
    case rows
    case signatureLine
    case madeBy
    case yes
    case no
    case slipName
    case slipClassOrRole
    case slipLogin
    case slipPassword
    case slipHowTo
    case cutHere
    case chartExample
}
