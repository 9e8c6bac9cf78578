import JournalFoundation
import JournalStore

/// The class's summary sheet (сводная ведомость, R13, R14): students down, the class's subjects
/// across, each cell the student's period grade or, where the period has none yet, the average of
/// their marks; under the students the regulation's measures per subject; then the results of
/// each class (отличники, хорошисты, неуспевающие, quality, pass rate, СОУ).
///
/// The measures are the language's own (`quality`, `pass_rate`, `sou`, `n5`… of a class): the
/// same SQL as `classes in 7А show quality(alg, term 1)`.
extension ReportBuilder {
    /// The class's subjects in the school's order of subjects, its curriculum order.
    func curriculum(of schoolClass: JournalCatalog.SchoolClass) -> [JournalCatalog.Subject] {
        let taught = Set(catalog.classSubjects[schoolClass.id] ?? [])
        return catalog.subjects.filter { taught.contains($0.code) }
    }

    /// The rows under the students: a measure of the regulation per subject, as percent or count.
    static let measureRows: [(label: ReportText, measure: Resolved.GradeMeasure, percent: Bool)] = [
        (.rowQuality, .quality, true), (.rowPassRate, .pass_rate, true), (.rowSou, .sou, true),
        (.rowFives, .n5, false), (.rowFours, .n4, false), (.rowThrees, .n3, false), (.rowTwos, .n2, false),
        (.rowNotAttested, .n_na, false),
    ]

    /// One class's sheet, as one query whose columns are the class's subjects, found in the
    /// catalog when it is compiled. A grade is a text (`4`, `н/а`), an average a number (`4.25`,
    /// `4.0`), so that a reader tells them apart; the note under the sheet says so.
    mutating func summarySheet(of schoolClass: JournalCatalog.SchoolClass, title: Message) -> ReportTable {
        let subjects = curriculum(of: schoolClass)
        var sql = "WITH " + classes() + ",\n" + studentSubjects() + ",\n"
        sql += """
            cell AS (SELECT student, name, last_name, first_name, subject,
                coalesce(\(periodGrade()), \(dialect.round("average", places: 2))) AS value FROM need)
            """
        let columns = subjects.indices.map { "c\($0 + 1)" }
        var students = ["0 AS part", "row_number() OVER (ORDER BY last_name, first_name, student) AS number"]
        students.append("name AS student")
        for (index, subject) in subjects.enumerated() {
            students.append(
                "max(CASE WHEN subject = \(generator.parameter(.text(subject.code))) THEN value END) AS \(columns[index])"
            )
        }
        var parts = [
            "SELECT " + students.joined(separator: ", ") + "\n  FROM cell GROUP BY student, name, last_name, first_name"
        ]
        for (index, row) in Self.measureRows.enumerated() {
            var values = ["\(index + 1)", "NULL", generator.parameter(.text(Message(row.label).description))]
            for subject in subjects {
                let measure = generator.gradeMeasure(row.measure, subjects: [subject.code], span: span, grouped: false)
                values.append(row.percent ? dialect.round(measure, places: 1) : measure)
            }
            parts.append("SELECT " + values.joined(separator: ", ") + " FROM cls k")
        }
        sql += "\nSELECT " + (["number", "student"] + columns).joined(separator: ", ") + " FROM (\n  "
        sql += parts.joined(separator: "\n  UNION ALL ") + "\n) ORDER BY part, number"
        var table = finish(
            Message(ReportText.summarySheetTitle, schoolClass.name, title), sql,
            columns: [(.rowNumber, .number), (.fieldStudent, .text)])
        table.query.columns += subjects.map(\.name)
        table.query.columnKinds += subjects.map { _ in .number }
        table.query.notes = [Message(ReportText.gradeOrAverage)]
        return table
    }

    /// Per class its students and, counted by each student's lowest period grade over all
    /// subjects, the отличники (all 5), хорошисты (4 and 5), those with a 3 and the неуспевающие
    /// (a 2 or н/а), with the class's quality, pass rate and СОУ: each class in its own period.
    mutating func classResults(_ periods: [ClassPeriod], period: Message) -> ReportTable {
        var sql = "WITH " + classes() + "\n"
        var parts: [String] = []
        for classPeriod in periods {
            func measure(_ measure: Resolved.GradeMeasure) -> String {
                generator.gradeMeasure(measure, subjects: nil, span: classPeriod.span, grouped: false)
            }
            let students = "(SELECT count(*) FROM student s2 WHERE \(generator.year.measuredStudentInClass))"
            let values = [
                "k.grade AS grade", "k.name AS class", "\(students) AS students", "\(measure(.n5)) AS all_fives",
                "\(measure(.n4)) AS fours_and_fives", "\(measure(.n3)) AS with_threes",
                "\(measure(.n2)) + \(measure(.n_na)) AS failing",
                "\(dialect.round(measure(.quality), places: 1)) AS quality",
                "\(dialect.round(measure(.pass_rate), places: 1)) AS pass_rate",
                "\(dialect.round(measure(.sou), places: 1)) AS sou",
            ]
            let id = generator.parameter(.integer(Int64(classPeriod.schoolClass.id)))
            parts.append("SELECT " + values.joined(separator: ", ") + " FROM cls k WHERE k.id = \(id)")
        }
        sql += """
            SELECT class, students, all_fives, fours_and_fives, with_threes, failing, quality, pass_rate, sou FROM (
              \(parts.joined(separator: "\n  UNION ALL "))
            ) ORDER BY grade, class
            """
        return finish(
            Message(ReportText.classResultsTitle, period), sql,
            columns: [
                (.fieldClass, .text), (.students, .number), (.allFives, .number), (.foursAndFives, .number),
                (.withThrees, .number), (.failing, .number), (.qualityPercent, .number), (.passRatePercent, .number),
                (.souPercent, .number),
            ])
    }
}
