import JournalFoundation

/// The texts of the papers: workbooks, charts, pages.
public enum PaperText: String, MessageCatalog {
    case workbookNotCreated
    case workbookNotWritten
    case sheet
    case chartNeedsANumber
    case chartNeedsALabel
}
