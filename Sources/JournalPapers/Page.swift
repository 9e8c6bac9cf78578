import Foundation
import JournalFoundation
import Mustache

/// What a printed page says about itself: the school, what it is, whose, for when, and who signs.
public struct PageHeader: Equatable, Sendable {
    public var school: String
    public var title: String
    public var className: String?
    public var classTeacher: String?
    public var period: String?
    /// The day the page was made (`2026-11-27`).
    public var date: String
    /// Who signs at the foot of the page (a class teacher, a deputy); none for a plain result.
    public var signatures: [String]

    public init(
        school: String, title: String, className: String? = nil, classTeacher: String? = nil, period: String? = nil,
        date: String, signatures: [String] = []
    ) {
        self.school = school
        self.title = title
        self.className = className
        self.classTeacher = classTeacher
        self.period = period
        self.date = date
        self.signatures = signatures
    }
}

/// A self-contained HTML page of result tables, printable on A4: styles and SVG charts inline, no
/// network, a header with the school, class, class teacher, period and date, signature lines where
/// a school signs. Made from a Mustache template (swift-mustache), which escapes every value.
public enum Page {
    /// The page of `tables`, in `language`; a chart under each table that has labels and a number
    /// when `charts` is set.
    public static func html(
        _ header: PageHeader, tables: [PaperTable], charts: Bool = false, language: Language = .current
    ) throws -> String {
        let template = try MustacheTemplate(string: Self.template)
        func text(_ key: PaperText, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(key, arguments: arguments).text(in: language)
        }
        var facts: [[String: String]] = []
        if let className = header.className { facts.append(["name": text(.classLabel), "value": className]) }
        if let teacher = header.classTeacher { facts.append(["name": text(.classTeacherLabel), "value": teacher]) }
        if let period = header.period { facts.append(["name": text(.periodLabel), "value": period]) }
        facts.append(["name": text(.dateLabel), "value": CellFormat.date(header.date, in: language)])
        let context: [String: Any] = [
            "lang": language.rawValue,
            "school": header.school,
            "title": header.title,
            "facts": facts,
            "tables": tables.map { table -> [String: Any] in
                let kinds = table.columns.indices.map(table.kind(of:))
                var item: [String: Any] = [
                    "title": table.title ?? "",
                    "hasTitle": !(table.title ?? "").isEmpty,
                    "columns": table.columns.enumerated().map {
                        ["name": $0.element, "numeric": kinds[$0.offset] == .number]
                    },
                    "rows": table.rows.map { row in
                        [
                            "cells": row.enumerated().map { index, value -> [String: Any] in
                                let kind = index < kinds.count ? kinds[index] : .text
                                return [
                                    "text": CellFormat.text(value, kind: kind, in: language),
                                    "numeric": kind == .number,
                                ]
                            }
                        ]
                    },
                    "count": text(.rows, table.rows.count),
                ]
                if charts, let svg = SVGChart.bars(table) { item["chart"] = svg }
                return item
            },
            "signed": !header.signatures.isEmpty,
            "signatures": header.signatures.map { ["who": $0, "line": text(.signatureLine)] },
            "made": text(.madeBy, CellFormat.date(header.date, in: language)),
        ]
        return template.render(context)
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>{{title}} — {{school}}</title>
        <style>
        @page { size: A4; margin: 15mm 12mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 190mm; }
        header { border-bottom: 1.5pt solid #000; margin-bottom: 6mm; padding-bottom: 2mm; }
        header .school { font-size: 10pt; }
        header h1 { font-size: 15pt; margin: 2mm 0; }
        header dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
        header dt { font-weight: bold; }
        header dd { margin: 0; }
        section { margin-bottom: 8mm; }
        h2 { font-size: 12pt; margin: 0 0 2mm; }
        table { border-collapse: collapse; width: 100%; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        th, td { border: 0.5pt solid #555; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .numeric { text-align: right; font-variant-numeric: tabular-nums; }
        .count { font-size: 9pt; color: #333; margin: 1mm 0 0; }
        figure { margin: 3mm 0 0; page-break-inside: avoid; break-inside: avoid; }
        figure svg { width: 100%; height: auto; }
        .signatures { margin-top: 12mm; page-break-inside: avoid; break-inside: avoid; }
        .signature { display: flex; gap: 4mm; margin-top: 8mm; }
        .signature .line { flex: 1; border-bottom: 0.5pt solid #000; }
        footer { margin-top: 8mm; font-size: 8pt; color: #555; }
        @media print { section { page-break-after: auto; } h2 { page-break-after: avoid; } }
        </style>
        </head>
        <body>
        <header>
        <div class="school">{{school}}</div>
        <h1>{{title}}</h1>
        <dl>{{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
        </header>
        {{#tables}}
        <section>
        {{#hasTitle}}<h2>{{title}}</h2>{{/hasTitle}}
        <table>
        <thead><tr>{{#columns}}<th{{#numeric}} class="numeric"{{/numeric}}>{{name}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}<tr>{{#cells}}<td{{#numeric}} class="numeric"{{/numeric}}>{{text}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        <p class="count">{{count}}</p>
        {{#chart}}<figure>{{{chart}}}</figure>{{/chart}}
        </section>
        {{/tables}}
        {{#signed}}<div class="signatures">
        {{#signatures}}<div class="signature"><span>{{who}}</span><span class="line"></span><span>{{line}}</span></div>
        {{/signatures}}
        </div>{{/signed}}
        <footer>{{made}}</footer>
        </body>
        </html>

        """
}

/// Values as a reader of the language expects them: in Russian, dates `27.11.2026`, decimals
/// `3,84`, yes and no `да`/`нет`.
public enum CellFormat {
    public static func text(_ value: CellValue, kind: ColumnKind, in language: Language) -> String {
        switch value {
        case .null: return ""
        case .integer(let number):
            if kind == .bool { return Message(number != 0 ? PaperText.yes : PaperText.no).text(in: language) }
            return String(number)
        case .real(let number):
            let text = String(format: "%.2f", number)
            return language == .russian ? text.replacingOccurrences(of: ".", with: ",") : text
        case .text(let text):
            return kind == .date || kind == .timestamp ? date(text, in: language) : text
        }
    }

    /// `2026-11-27` (and `2026-11-27 08:05`) as `27.11.2026` (`27.11.2026 08:05`) in Russian.
    public static func date(_ text: String, in language: Language) -> String {
        guard language == .russian, let date = CivilDate(String(text.prefix(10)))?.components else { return text }
        let day = String(format: "%02d.%02d.%04d", date.day, date.month, date.year)
        return day + text.dropFirst(10)
    }
}
