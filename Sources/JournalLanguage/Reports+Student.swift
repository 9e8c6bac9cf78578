import JournalFoundation
import JournalStore

/// The student a report or forecast of one student is for (`report S0055 term 1`).
struct ReportStudent {
    let person: JournalCatalog.Person
    let schoolClass: JournalCatalog.SchoolClass?

    /// How a title names them: `Баранов Ярослав Николаевич, 7А`.
    var who: String {
        person.fullName + (schoolClass.map { ", \($0.name)" } ?? "")
    }
}

extension Resolver {
    /// The one student a `report` or `forecast` is of: the one its scope names (`report S0055`),
    /// or, with no scope, the only one of `defaults` (a student's own, a parent's child). Nil for
    /// a report of classes; an error for several students, or students and classes together.
    mutating func reportStudent(_ report: Syntax.Report, scope: Resolved.Scope?, defaults: [String]) -> ReportStudent? {
        let id: String
        if let scope {
            guard !scope.studentIDs.isEmpty else { return nil }
            guard scope.studentIDs.count == 1, scope.classIDs.isEmpty, scope.groupIDs.isEmpty else {
                let where_ = report.scope[0].span.to(report.scope[report.scope.count - 1].span)
                error(
                    Message(ResolverText.reportOfOneStudent, report.kind.name), at: where_,
                    hint: Message(ResolverText.exampleStudentReport, report.kind.name))
                return nil
            }
            id = scope.studentIDs[0]
        } else {
            guard !defaults.isEmpty else { return nil }
            guard defaults.count == 1 else {
                let children = defaults.map { id in
                    catalog.people.first { $0.kind == .student && $0.id == id }
                }
                let listed = zip(defaults, children).map { id, person in
                    person.map { "\(id) \($0.fullName)" + ($0.className.map { " (\($0))" } ?? "") } ?? id
                }
                let example = children.compactMap { $0 }.first.map { "\($0.lastName) \($0.firstName)" } ?? defaults[0]
                error(
                    Message(ResolverText.nameWhichChildsReport, report.kind.name, listed.joinedText(separator: ", ")),
                    at: report.span,
                    hint: Message(ResolverText.exampleReportOf, report.kind.name, example))
                return nil
            }
            id = defaults[0]
        }
        guard let person = catalog.people.first(where: { $0.kind == .student && $0.id == id }) else {
            error(
                Message(ResolverText.noStudentWithID, id), at: report.span,
                hint: Message(ResolverText.exampleStudentReport, report.kind.name))
            return nil
        }
        guard let schoolClass = catalog.classes.first(where: { $0.name == person.className }) else {
            error(
                Message(ResolverText.studentInNoClass, person.fullName, catalog.year), at: report.span,
                hint: Message(ResolverText.exampleStudentReport, report.kind.name))
            return nil
        }
        // `term N` is the student's own class's period.
        scopeClasses = [schoolClass]
        return ReportStudent(person: person, schoolClass: schoolClass)
    }
}

/// One student's report and forecast (R9, R28): what the student and their parents read. Every
/// row is the student's own: their subjects (the class's load and their groups'), their marks,
/// grades and absences, nothing of their classmates'.
extension ReportBuilder {
    /// The marks of `need`'s student and subject in the span, in the order they were given.
    private mutating func marksList() -> String {
        """
        (SELECT \(dialect.groupConcat("v", separator: ", ")) FROM (SELECT m.value AS v FROM mark m
           JOIN lesson l ON l.id = m.lesson_id
           WHERE m.student_id = need.student AND l.subject = need.subject AND \(lessonDate(byStudent: true))
           ORDER BY l.date, l.number, m.id))
        """
    }

    /// The student's lessons of `need`'s subject missed in the span (absent, sick or excused).
    private mutating func subjectAbsences() -> String {
        """
        (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
           WHERE a.student_id = need.student AND l.subject = need.subject
           AND a.code IN ('absent', 'sick', 'excused') AND \(lessonDate(byStudent: true)))
        """
    }

    /// Per subject the marks, their average, the period grade, the likely grade and the marks
    /// still needed for one (R22), and the lessons missed; then the absences of the span.
    mutating func studentReport(_ who: String, period: Message) -> [ReportTable] {
        var sql = "WITH " + classes() + ",\n" + studentSubjects() + "\n"
        sql += """
            SELECT (SELECT name FROM subject WHERE code = subject) AS subject, \(marksList()),
                   \(dialect.round("average", places: 2)), \(periodGrade()), \(Self.likelyGrade),
                   \(dialect.greatest("0", "final - marks")), \(subjectAbsences())
            FROM need ORDER BY \(subjectOrder)
            """
        var tables = [
            finish(
                Message(ReportText.studentReportTitle, who, period), sql,
                columns: [
                    (.fieldSubject, .text), (.marksList, .text), (.average, .number), (.periodGrade, .text),
                    (.forecast, .number), (.stillNeeded, .number), (.absences, .number),
                ])
        ]
        let student = generator.parameter(.text(student ?? ""))
        func count(_ codes: String) -> String {
            """
            (SELECT count(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id = s.id
               AND a.code IN (\(codes)) AND \(lessonDate(byStudent: true)))
            """
        }
        sql = "WITH " + classes() + "\n"
        sql += """
            SELECT \(count("'absent', 'sick', 'excused'")), \(count("'sick'")), \(count("'excused'")),
                   \(count("'late'"))
            FROM \(studentTable) s JOIN cls k ON k.id = s.class_id WHERE s.id = \(student)
            """
        tables.append(
            finish(
                Message(ReportText.studentAttendanceTitle, who, period), sql,
                columns: [(.absences, .number), (.sick, .number), (.excused, .number), (.lates, .number)]))
        return tables
    }

    /// Per subject the marks so far, their average, the likely period grade, and the marks the
    /// regulation requires for one with those still needed (R22, R28).
    mutating func studentForecast(_ who: String, period: Message) -> ReportTable {
        var sql = "WITH " + classes() + ",\n" + studentSubjects() + "\n"
        sql += """
            SELECT (SELECT name FROM subject WHERE code = subject) AS subject, \(marksList()),
                   \(dialect.round("average", places: 2)), \(Self.likelyGrade), final,
                   \(dialect.greatest("0", "final - marks"))
            FROM need ORDER BY \(subjectOrder)
            """
        return finish(
            Message(ReportText.studentForecastTitle, who, period), sql,
            columns: [
                (.fieldSubject, .text), (.marksList, .text), (.average, .number), (.forecast, .number),
                (.required, .number), (.stillNeeded, .number),
            ])
    }
}
