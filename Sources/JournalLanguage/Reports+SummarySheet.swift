import JournalFoundation
import JournalStore

/// The class's summary sheet (сводная ведомость, R13, R14): students down, the class's subjects
/// across, each cell the student's period grade or, where the period has none yet, the average of
/// their marks; under the students the regulation's measures per subject; then the results of
/// each class (отличники, хорошисты, неуспевающие, quality, pass rate, СОУ).
///
/// The measures are the language's own (`quality`, `pass_rate`, `sou`, `n5`… of a class): the
/// figures of `classes in 7А show quality(alg, term 1)`, by the same formulas, but each class's
/// grades are read once and grouped by subject, not once a subject and a measure.
extension ReportBuilder {
    /// The class's subjects in the school's order of subjects, its curriculum order.
    func curriculum(of schoolClass: JournalCatalog.SchoolClass) -> [JournalCatalog.Subject] {
        let taught = Set(catalog.subjectsTaught(inClass: schoolClass.id))
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
            cell AS MATERIALIZED (SELECT student, name, last_name, first_name, subject,
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
            "SELECT " + students.joinedText(separator: ", ")
                + "\n  FROM cell GROUP BY student, name, last_name, first_name"
        ]
        sql += ",\n" + sheetMeasures(subjects)
        for (index, row) in Self.measureRows.enumerated() {
            var values = ["\(index + 1)", "NULL", generator.parameter(.text(Message(row.label).description))]
            for subject in subjects {
                let code = generator.parameter(.text(subject.code))
                let measure = "max(CASE WHEN subject = \(code) THEN \(row.measure.rawValue) END)"
                values.append(row.percent ? dialect.round(measure, places: 1) : "coalesce(\(measure), 0)")
            }
            // One row of each measure: `sheet_measure` has a row per subject with grades (none, none).
            parts.append("SELECT " + values.joinedText(separator: ", ") + " FROM sheet_measure")
        }
        sql += "\nSELECT " + (["number", "student"] + columns).joinedText(separator: ", ") + " FROM (\n  "
        sql += parts.joinedText(separator: "\n  UNION ALL ") + "\n) ORDER BY part, number"
        var table = finish(
            Message(ReportText.summarySheetTitle, schoolClass.name, title), sql,
            columns: [(.rowNumber, .number), (.fieldStudent, .text)])
        table.query.columns += subjects.map(\.name)
        table.query.columnKinds += subjects.map { _ in .number }
        table.query.notes = [Message(ReportText.gradeOrAverage)]
        return table
    }

    /// The CTE `sheet_measure`: per subject of the sheet the measures of the class's period grades
    /// (`quality`, `pass_rate`, `sou`, `n5`… as the language's measures of a class and a subject have
    /// them), the class's grades read once rather than once a subject and a measure.
    mutating func sheetMeasures(_ subjects: [JournalCatalog.Subject]) -> String {
        let year = generator.year
        let sum = dialect.sumOrZero
        let join = dialect.orderedJoin
        return """
            sheet_grade AS MATERIALIZED (SELECT g.subject, g.student_id, \(SQLGenerator.gradeNumber) AS low,
                \(SQLGenerator.souWeight) AS weight
              FROM cls k \(join) student os ON \(year.pooledStudentInClass) \(join) period_grade g ON g.student_id = os.id
              WHERE \(dialect.noIndex("g.year")) = \(year.year)
                AND \(dialect.noIndex("g.period")) = \(generator.parameter(.text(span.periodKey ?? "")))
                AND g.value IN ('2', '3', '4', '5', 'н/а') AND g.subject IN (\(generator.parameters(subjects.map(\.code))))),
            sheet_low AS (SELECT subject, student_id, min(low) AS low FROM sheet_grade GROUP BY subject, student_id),
            sheet_sou AS (SELECT subject, \(sum("weight")) / count(*) AS sou FROM sheet_grade GROUP BY subject),
            sheet_measure AS MATERIALIZED (SELECT lo.subject, 100.0 * \(sum("lo.low >= 4")) / count(*) AS quality,
                100.0 * \(sum("lo.low >= 3")) / count(*) AS pass_rate, min(so.sou) AS sou,
                sum(lo.low = 5) AS n5, sum(lo.low = 4) AS n4, sum(lo.low = 3) AS n3, sum(lo.low = 2) AS n2,
                sum(lo.low = 1) AS n_na
              FROM sheet_low lo JOIN sheet_sou so ON so.subject = lo.subject GROUP BY lo.subject)
            """
    }

    /// Per class its students and, counted by each student's lowest period grade over all
    /// subjects, the отличники (all 5), хорошисты (4 and 5), those with a 3 and the неуспевающие
    /// (a 2 or н/а), with the class's quality, pass rate and СОУ: each class in its own period.
    mutating func classResults(_ periods: [ClassPeriod], period: Message) -> ReportTable {
        let year = generator.year
        let join = dialect.orderedJoin
        let sum = dialect.sumOrZero
        // Each class's period grades, read once: its students' grades of its own period.
        var grades: [String] = []
        var ids: [String] = []
        for classPeriod in periods {
            let id = generator.parameter(.integer(Int64(classPeriod.schoolClass.id)))
            ids.append(id)
            grades.append(
                """
                SELECT k.id AS class_id, g.student_id, \(SQLGenerator.gradeNumber) AS low, \(SQLGenerator.souWeight) AS weight
                  FROM cls k \(join) student os ON \(year.pooledStudentInClass) \(join) period_grade g ON g.student_id = os.id
                  WHERE k.id = \(id) AND \(dialect.noIndex("g.year")) = \(year.year)
                    AND \(dialect.noIndex("g.period")) = \(generator.parameter(.text(classPeriod.span.periodKey ?? "")))
                    AND g.value IN ('2', '3', '4', '5', 'н/а')
                """)
        }
        var sql = "WITH " + classes() + ",\n"
        sql += """
            result_grade AS MATERIALIZED (\(grades.joinedText(separator: "\n  UNION ALL "))),
            result_low AS (SELECT class_id, student_id, min(low) AS low FROM result_grade GROUP BY class_id, student_id),
            result_sou AS (SELECT class_id, \(sum("weight")) / count(*) AS sou FROM result_grade GROUP BY class_id),
            result_of AS (SELECT lo.class_id, sum(lo.low = 5) AS n5, sum(lo.low = 4) AS n4, sum(lo.low = 3) AS n3,
                sum(lo.low = 2) AS n2, sum(lo.low = 1) AS n_na, 100.0 * \(sum("lo.low >= 4")) / count(*) AS quality,
                100.0 * \(sum("lo.low >= 3")) / count(*) AS pass_rate, min(so.sou) AS sou
              FROM result_low lo JOIN result_sou so ON so.class_id = lo.class_id GROUP BY lo.class_id)
            SELECT class, students, all_fives, fours_and_fives, with_threes, failing, quality, pass_rate, sou FROM (
              SELECT k.grade AS grade, k.name AS class,
                (SELECT count(*) FROM student s2 WHERE \(year.measuredStudentInClass)) AS students,
                coalesce(r.n5, 0) AS all_fives, coalesce(r.n4, 0) AS fours_and_fives, coalesce(r.n3, 0) AS with_threes,
                coalesce(r.n2, 0) + coalesce(r.n_na, 0) AS failing, \(dialect.round("r.quality", places: 1)) AS quality,
                \(dialect.round("r.pass_rate", places: 1)) AS pass_rate, \(dialect.round("r.sou", places: 1)) AS sou
              FROM cls k LEFT JOIN result_of r ON r.class_id = k.id WHERE k.id IN (\(ids.joinedText(separator: ", ")))
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
