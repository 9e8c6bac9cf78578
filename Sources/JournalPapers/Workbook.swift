import CXLSXWriter
import CXLSXWriterLoader
import Foundation
import JournalFoundation

/// An Excel workbook (`.xlsx`) of result tables, one sheet each, written by libxlsxwriter (BSD
/// licence, Debian's `libxlsxwriter-dev`): numbers as numbers, dates and times as dates, yes/no
/// as booleans, headers bold and frozen with a filter, columns sized to their contents.
///
/// ```
/// try Workbook.write([PaperTable(columns: ["name", "avg"], rows: [[.text("7А"), .real(3.84)]])], to: "7a.xlsx")
/// ```
public enum Workbook {
    /// Writes `tables` to `path` (replacing a file there), each on a sheet named by its title.
    public static func write(_ tables: [PaperTable], to path: String) throws {
        // The library says why it cannot write only on standard error: the folder is checked first.
        let folder = (path as NSString).deletingLastPathComponent
        guard FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) else {
            throw Diagnostic(Message(PaperText.workbookNotCreated, path), hint: Message(PaperText.workbookFolderHint))
        }
        guard ejx_load() == 1 else {
            throw Diagnostic(
                Message(PaperText.workbookLibraryMissing, path), hint: Message(PaperText.workbookLibraryHint))
        }
        guard let workbook = ejx_workbook_new(path) else {
            throw Diagnostic(Message(PaperText.workbookNotCreated, path), hint: Message(PaperText.workbookFolderHint))
        }
        let header = ejx_workbook_add_format(workbook)
        ejx_format_set_bold(header)
        ejx_format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
        let date = ejx_workbook_add_format(workbook)
        ejx_format_set_num_format(date, "dd.mm.yyyy")
        let timestamp = ejx_workbook_add_format(workbook)
        ejx_format_set_num_format(timestamp, "dd.mm.yyyy hh:mm")
        let decimal = ejx_workbook_add_format(workbook)
        ejx_format_set_num_format(decimal, "0.00")
        var names: Set<String> = []
        for (number, table) in (tables.isEmpty ? [PaperTable(columns: [], rows: [])] : tables).enumerated() {
            let name = sheetName(table.title, number: number + 1, taken: names)
            names.insert(name)
            guard let sheet = ejx_workbook_add_worksheet(workbook, name) else {
                _ = ejx_workbook_close(workbook)
                throw Diagnostic(
                    Message(PaperText.workbookNotCreated, path), hint: Message(PaperText.workbookFolderHint))
            }
            var widths = table.columns.map { min(60, max(6, $0.count + 2)) }
            for (column, title) in table.columns.enumerated() {
                ejx_worksheet_write_string(sheet, 0, UInt16(column), title, header)
            }
            let kinds = table.columns.indices.map(table.kind(of:))
            for (index, row) in table.rows.enumerated() {
                let line = UInt32(index + 1)
                for (column, value) in row.enumerated() where column < kinds.count {
                    let place = UInt16(column)
                    let shown = write(
                        value, kind: kinds[column], sheet: sheet, row: line, column: place,
                        formats: (date, timestamp, decimal))
                    widths[column] = min(60, max(widths[column], shown + 2))
                }
            }
            for (column, width) in widths.enumerated() {
                ejx_worksheet_set_column(sheet, UInt16(column), UInt16(column), Double(width), nil)
            }
            if !table.columns.isEmpty {
                ejx_worksheet_freeze_panes(sheet, 1, 0)
                ejx_worksheet_autofilter(sheet, 0, 0, UInt32(table.rows.count), UInt16(table.columns.count - 1))
            }
        }
        let result = ejx_workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw Diagnostic(
                Message(PaperText.workbookNotWritten, path, String(cString: ejx_lxw_strerror(result))),
                hint: Message(PaperText.workbookFolderHint))
        }
    }

    /// Writes one cell; gives back how wide it shows.
    private static func write(
        _ value: CellValue, kind: ColumnKind, sheet: UnsafeMutablePointer<lxw_worksheet>, row: UInt32,
        column: UInt16,
        formats: (
            date: UnsafeMutablePointer<lxw_format>?, timestamp: UnsafeMutablePointer<lxw_format>?,
            decimal: UnsafeMutablePointer<lxw_format>?
        )
    ) -> Int {
        switch value {
        case .null:
            return 0
        case .integer(let number):
            if kind == .bool {
                ejx_worksheet_write_boolean(sheet, row, column, number != 0 ? 1 : 0, nil)
                return 5
            }
            ejx_worksheet_write_number(sheet, row, column, Double(number), nil)
            return String(number).count
        case .real(let number):
            ejx_worksheet_write_number(sheet, row, column, number, formats.decimal)
            return String(format: "%.2f", number).count
        case .text(let text):
            if kind == .date || kind == .timestamp, var moment = dateTime(text) {
                ejx_worksheet_write_datetime(
                    sheet, row, column, &moment,
                    moment.hour == 0 && moment.min == 0 && text.count == 10
                        ? formats.date : formats.timestamp)
                return text.count
            }
            ejx_worksheet_write_string(sheet, row, column, text, nil)
            return text.count
        }
    }

    /// `2026-11-27` or `2026-11-27 08:05` as Excel's date and time.
    static func dateTime(_ text: String) -> lxw_datetime? {
        guard let date = CivilDate(String(text.prefix(10)))?.components else { return nil }
        var moment = lxw_datetime(
            year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
        if text.count >= 16 {
            let time = text.dropFirst(11).split(separator: ":")
            guard time.count >= 2, let hour = Int32(time[0]), let minute = Int32(time[1]) else { return nil }
            moment.hour = hour
            moment.min = minute
        }
        return moment
    }

    /// A sheet's name: the table's title cut to Excel's 31 characters, without the characters a
    /// sheet's name may not hold, and not the name of another sheet.
    static func sheetName(_ title: String?, number: Int, taken: Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String((title ?? "").filter { !forbidden.contains($0) }.prefix(28))
            .trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        if base.isEmpty { base = Message(PaperText.sheet, number).text(in: .current) }
        var name = base
        var copy = 2
        while taken.contains(name) {
            name = String(base.prefix(27)) + " (\(copy))"
            copy += 1
        }
        return name
    }
}
