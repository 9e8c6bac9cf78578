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

/// One printed page of a document: its header, its tables (each with its chart when asked), the
/// notes under them, the credential slips to cut out, and who signs at its foot.
public struct PaperPage: Equatable, Sendable {
    public var header: PageHeader
    public var tables: [PaperTable]
    /// Lines under the tables: what a result leaves out, what a statement did.
    public var notes: [String]
    public var slips: [CredentialSlip]

    public init(header: PageHeader, tables: [PaperTable] = [], notes: [String] = [], slips: [CredentialSlip] = []) {
        self.header = header
        self.tables = tables
        self.notes = notes
        self.slips = slips
    }
}

/// A slip to hand one person: their log-in and one-time password, and how to log in.
public struct CredentialSlip: Equatable, Sendable {
    public var name: String
    public var classOrRole: String
    public var login: String
    public var password: String
    /// How to log in, in the reader's language.
    public var howTo: String

    public init(name: String, classOrRole: String, login: String, password: String, howTo: String) {
        self.name = name
        self.classOrRole = classOrRole
        self.login = login
        self.password = password
        self.howTo = howTo
    }
}

/// A self-contained HTML document of result tables, printable on A4: styles and SVG charts inline,
/// no network; each page with a header of the school, class, class teacher, period and date, and
/// signature lines where a school signs; each page after the first starts a new sheet of paper.
/// Made from a Mustache template (swift-mustache), which escapes every value.
public enum Page {
    /// The page of `tables`, in `language`; a table that has labels and a number is drawn as a
    /// chart above its rows when `charts` is set (or the table asks for one).
    public static func html(
        _ header: PageHeader, tables: [PaperTable], charts: Bool = false, language: Language = .current
    ) throws -> String {
        let tables = tables.map { table -> PaperTable in
            var table = table
            table.chart = table.chart || charts
            return table
        }
        return try html([PaperPage(header: header, tables: tables)], language: language)
    }

    /// The document of `pages`, in `language`.
    public static func html(_ pages: [PaperPage], language: Language = .current) throws -> String {
        let template = try MustacheTemplate(string: Self.template)
        func text(_ key: PaperText, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(key, arguments: arguments).text(in: language)
        }
        let first = pages.first?.header
        let context: [String: Any] = [
            "lang": language.rawValue,
            "title": first.map { $0.title + " — " + $0.school } ?? "",
            "pages": pages.map { page -> [String: Any] in
                let header = page.header
                var facts: [[String: String]] = []
                if let className = header.className { facts.append(["name": text(.classLabel), "value": className]) }
                if let teacher = header.classTeacher {
                    facts.append(["name": text(.classTeacherLabel), "value": teacher])
                }
                if let period = header.period { facts.append(["name": text(.periodLabel), "value": period]) }
                facts.append(["name": text(.dateLabel), "value": CellFormat.date(header.date, in: language)])
                return [
                    "school": header.school,
                    "title": header.title,
                    "facts": facts,
                    "tables": page.tables.map { table(_: $0, language: language) },
                    "notes": page.notes.map { ["text": $0] },
                    "hasSlips": !page.slips.isEmpty,
                    "slips": page.slips.map { slip -> [String: Any] in
                        [
                            "school": header.school,
                            "fields": [
                                ["name": text(.slipName), "value": slip.name],
                                ["name": text(.slipClassOrRole), "value": slip.classOrRole],
                                ["name": text(.slipLogin), "value": slip.login, "code": true],
                                ["name": text(.slipPassword), "value": slip.password, "code": true],
                            ],
                            "howTo": slip.howTo,
                            "cut": text(.cutHere),
                        ]
                    },
                    "signed": !header.signatures.isEmpty,
                    "signatures": header.signatures.map { ["who": $0, "line": text(.signatureLine)] },
                    "made": text(.madeBy, CellFormat.date(header.date, in: language)),
                ]
            },
        ]
        return template.render(context)
    }

    /// A table's part of the template's context: its cells as the reader writes them, and its chart.
    static func table(_ table: PaperTable, language: Language) -> [String: Any] {
        let kinds = table.columns.indices.map(table.kind(of:))
        // A series column's sparklines line up on the buckets of all its rows.
        let axes = kinds.indices.map { index -> [String]? in
            guard kinds[index] == .series else { return nil }
            return Series.axis(
                table.rows.compactMap { row in
                    guard index < row.count, case .text(let text) = row[index] else { return nil }
                    return Series(text)
                })
        }
        var item: [String: Any] = [
            "title": table.title ?? "",
            "hasTitle": !(table.title ?? "").isEmpty,
            "narrow": table.columns.count <= 3,
            // A sheet of many columns (a class's subjects across) prints on a landscape page, smaller.
            "wide": table.columns.count > 8,
            "columns": table.columns.enumerated().map {
                ["name": $0.element, "numeric": kinds[$0.offset] == .number]
            },
            "rows": table.rows.map { row in
                [
                    "cells": row.enumerated().map { index, value -> [String: Any] in
                        let kind = index < kinds.count ? kinds[index] : .text
                        var text = CellFormat.text(value, kind: kind, in: language)
                        if kind == .series, case .text(let raw) = value, let series = Series(raw) {
                            text = series.line(on: axes[index], in: language)
                        }
                        return [
                            "text": text,
                            "numeric": kind == .number,
                        ]
                    }
                ]
            },
            "count": Message(PaperText.rows, table.rows.count).text(in: language),
        ]
        if table.chart, let svg = SVGChart.bars(table, language: language) { item["chart"] = svg }
        return item
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <style>
        @page { size: A4; margin: 15mm 12mm; }
        @page wide { size: A4 landscape; margin: 12mm 10mm; }
        section.wide { page: wide; max-width: none; }
        section.wide table { font-size: 7.5pt; table-layout: auto; }
        section.wide th, section.wide td { padding: 0.6mm 0.8mm; }
        @media screen { section.wide { overflow-x: auto; } }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 190mm; }
        article.page + article.page { break-before: page; page-break-before: always; }
        @media screen { article.page + article.page { border-top: 1pt dashed #999; margin-top: 10mm; padding-top: 6mm; } }
        header { border-bottom: 1.5pt solid #000; margin-bottom: 6mm; padding-bottom: 2mm; }
        header .school { font-size: 10pt; }
        header h1 { font-size: 15pt; margin: 2mm 0; }
        header dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
        header dt { font-weight: bold; }
        header dd { margin: 0; }
        section { margin-bottom: 8mm; }
        h2 { font-size: 12pt; margin: 0 0 2mm; }
        table { border-collapse: collapse; width: 100%; }
        table.narrow { width: auto; min-width: 50%; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        th, td { border: 0.5pt solid #555; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .numeric { text-align: right; font-variant-numeric: tabular-nums; }
        .count { font-size: 9pt; color: #333; margin: 1mm 0 0; }
        .note { font-size: 9pt; margin: 1mm 0; }
        figure { margin: 3mm 0 0; page-break-inside: avoid; break-inside: avoid; }
        figure svg { width: 100%; height: auto; }
        .slip { position: relative; padding: 5mm 2mm; break-inside: avoid; page-break-inside: avoid; }
        .slip + .slip { border-top: 1pt dashed #000; }
        .slip + .slip .cut { position: absolute; top: -0.75em; left: 0; background: #fff; padding-right: 2mm; font-size: 9pt; }
        .slip .cut { display: none; }
        .slip + .slip .cut { display: block; }
        .slip .from { font-size: 9pt; color: #333; }
        .slip dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 2mm 0; }
        .slip dt { font-weight: bold; }
        .slip dd { margin: 0; }
        .slip code { font-family: "DejaVu Sans Mono", monospace; font-size: 12pt; }
        .slip .howto { font-size: 9pt; margin: 0; }
        .signatures { margin-top: 12mm; page-break-inside: avoid; break-inside: avoid; }
        .signature { display: flex; gap: 4mm; margin-top: 8mm; }
        .signature .line { flex: 1; border-bottom: 0.5pt solid #000; }
        footer { margin-top: 8mm; font-size: 8pt; color: #555; }
        @media print { section { page-break-after: auto; } h2 { page-break-after: avoid; } }
        </style>
        </head>
        <body>
        {{#pages}}
        <article class="page">
        <header>
        <div class="school">{{school}}</div>
        <h1>{{title}}</h1>
        <dl>{{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
        </header>
        {{#tables}}
        <section{{#wide}} class="wide"{{/wide}}>
        {{#hasTitle}}<h2>{{title}}</h2>{{/hasTitle}}
        {{#chart}}<figure>{{{chart}}}</figure>{{/chart}}
        <table{{#narrow}} class="narrow"{{/narrow}}>
        <thead><tr>{{#columns}}<th{{#numeric}} class="numeric"{{/numeric}}>{{name}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}<tr>{{#cells}}<td{{#numeric}} class="numeric"{{/numeric}}>{{text}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        <p class="count">{{count}}</p>
        </section>
        {{/tables}}
        {{#notes}}<p class="note">{{text}}</p>
        {{/notes}}
        {{#hasSlips}}<div class="slips">
        {{#slips}}<div class="slip"><span class="cut">✂ {{cut}}</span><div class="from">{{school}}</div>
        <dl>{{#fields}}<dt>{{name}}</dt><dd>{{#code}}<code>{{value}}</code>{{/code}}{{^code}}{{value}}{{/code}}</dd>{{/fields}}</dl>
        <p class="howto">{{howTo}}</p></div>
        {{/slips}}
        </div>{{/hasSlips}}
        {{#signed}}<div class="signatures">
        {{#signatures}}<div class="signature"><span>{{who}}</span><span class="line"></span><span>{{line}}</span></div>
        {{/signatures}}
        </div>{{/signed}}
        <footer>{{made}}</footer>
        </article>
        {{/pages}}
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
            return language.decimal(String(format: "%.2f", number))
        case .text(let text):
            switch kind {
            case .date, .timestamp: return date(text, in: language)
            // A word of a closed set (a kind of mark, an attendance code) as the table shows it.
            case .enumeration: return language == .russian ? RussianWords.shown(text) : text
            default: return text
            }
        }
    }

    /// `2026-11-27` (and `2026-11-27 08:05`) as `27.11.2026` (`27.11.2026 08:05`) in Russian.
    public static func date(_ text: String, in language: Language) -> String {
        language.date(text)
    }
}
