/// What a write changes, declared by the resolved statement itself (from its names, never from the
/// SQL the store runs), as a query declares what it reads: the tables it may write rows of, the
/// kinds of data those rows are, and whose classes they are.
///
/// Every write also appends an entry to the change trail (`change`, `change_row`): that is the
/// store's own record of the write, not data the statement writes, and is left out; so are the
/// summaries its triggers keep (`mark_summary`, `attendance_summary`).
///
/// ```
/// let writing = write.writes(in: catalog)   // mark 7А alg today: …
/// writing.tables     // ["mark"]
/// writing.families   // [.journal]
/// writing.classIDs   // [7А's id]
/// ```
public struct Writing: Equatable, Sendable {
    /// The tables the write may add, change or delete rows of.
    public var tables: Set<String>
    /// The kinds of data of those rows.
    public var families: Set<DataFamily>
    /// The classes whose rows it writes; nil when the statement names none the rows belong to: the
    /// school's lists (staff, subjects, periods, a new class), the whole school (the year's end), or
    /// rows whose class only they say (a mark to correct, named by its id).
    public var classIDs: [Int]?

    /// The write of `tables`, their rows of the kinds their tables hold unless said (a student's row
    /// is their personal data too when it is written whole, or its personal columns are).
    init(_ tables: Set<String>, families: Set<DataFamily>? = nil, classIDs: [Int?]? = nil) {
        self.tables = tables
        self.families = families ?? Set(tables.map(Self.family(of:)))
        // A class the catalog does not know (a student in none) confines the write to no class.
        self.classIDs = classIDs.flatMap { ids in ids.contains(nil) ? nil : Array(Set(ids.compactMap { $0 })).sorted() }
    }

    /// Nothing: a dry run.
    static let nothing = Writing([])

    /// The student's columns that are their personal data (R8); the rest are their name and class.
    static let personalColumns: Set<String> = ["birth_date", "sex", "risk_group"]

    /// The kind of data of a table's rows (of a student's, their names and class).
    static func family(of table: String) -> DataFamily {
        switch table {
        case "student", "enrolment", "group_member", "promotion": return .studentNames
        case "parent", "parent_child": return .personal
        case "lesson", "mark", "attendance", "period_grade", "mark_correction", "remark", "exam_result":
            return .journal
        // The lists, the calendar and the load, the year and its orders, the folders.
        default: return .school
        }
    }
}

extension JournalWrite {
    /// What the write changes, its classes looked up in `catalog` (the catalog it was resolved against).
    public func writes(in catalog: JournalCatalog) -> Writing {
        func classOf(student: String) -> Int? {
            let name = catalog.people.first { $0.kind == .student && $0.id == student }?.className
            return catalog.classes.first { $0.name == name }?.id
        }
        switch self {
        case .addStaff(_, let roles, _, _):
            return Writing(roles.isEmpty ? ["staff"] : ["staff", "staff_role"])
        case .addStudent(_, let classID, let birthDate, let sex, let risk):
            let personal: Set<DataFamily> = [birthDate, sex, risk].contains { $0 != nil } ? [.personal] : []
            return Writing(["student", "enrolment"], families: personal.union([.studentNames]), classIDs: [classID])
        case .addParent(_, let children, _, _):
            return Writing(
                children.isEmpty ? ["parent"] : ["parent", "parent_child"], classIDs: children.map(classOf(student:)))
        case .addClass: return Writing(["class"])
        case .addSubject: return Writing(["subject"])
        case .addPeriod: return Writing(["study_period"])
        case .addTimetable(let slot): return Writing(["timetable_entry"], classIDs: [slot.classID])
        case .addLoad(let classID, _, _, _, _), .removeLoad(let classID, _, _):
            return Writing(["teaching_load"], classIDs: [classID])
        case .confirmLoad(let classIDs): return Writing(["teaching_load"], classIDs: classIDs)
        case .change(let record, let assignments):
            return Self.change(record, columns: Set(assignments.map(\.column)), classOf: classOf(student:))
        case .remove(let record):
            return Self.remove(record, catalog: catalog, classOf: classOf(student:))
        case .move(let student, let toClass, _, _):
            return Writing(["enrolment", "student", "group_member"], classIDs: [classOf(student: student), toClass])
        case .withdraw(let student, _, _):
            return Writing(["enrolment", "student", "group_member"], classIDs: [classOf(student: student)])
        case .createLessons(let classIDs, _, _): return Writing(["lesson"], classIDs: classIDs)
        case .lessonTopic(let lesson, _), .lessonHomework(let lesson, _), .lessonSubstitute(let lesson, _):
            return Writing(["lesson"], classIDs: [lesson.classID])
        case .marks(let lesson, _): return Writing(["mark"], classIDs: [lesson.classID])
        case .absences(let lesson, _): return Writing(["attendance"], classIDs: [lesson.classID])
        case .grades(let classID, _, _, _, _): return Writing(["period_grade"], classIDs: [classID])
        case .exams(_, _, _, _, let entries):
            return Writing(["exam_result"], classIDs: entries.map { classOf(student: $0.student) })
        case .group(let change):
            // A group that exists already keeps its row; only its members' stays are written.
            let exists = catalog.groups.contains { $0.classID == change.classID && $0.name == change.name }
            return Writing(exists ? ["group_member"] : ["class_group", "group_member"], classIDs: [change.classID])
        case .remark(_, let classID, _, _, _): return Writing(["remark"], classIDs: classID.map { [$0] })
        case .resolveRemark: return Writing(["remark"])
        // An own or approved correction changes the mark too (the store's trigger applies it).
        case .correct: return Writing(["mark_correction", "mark"])
        case .decide(_, _, let approve, _): return Writing(approve ? ["mark_correction", "mark"] : ["mark_correction"])
        case .promote(_, _, _, _, let dryRun):
            if dryRun { return .nothing }
            return Writing(["school_year", "promotion_order", "class", "enrolment", "student", "promotion"])
        case .openYear: return Writing(["school_year", "study_period", "school", "teaching_load"])
        case .setFolder: return Writing(["setting"])
        }
    }

    private static func change(_ record: Record, columns: Set<String>, classOf: (String) -> Int?) -> Writing {
        switch record {
        case .student(let id):
            var families: Set<DataFamily> = []
            if !columns.isDisjoint(with: Writing.personalColumns) { families.insert(.personal) }
            if !columns.subtracting(Writing.personalColumns).isEmpty { families.insert(.studentNames) }
            return Writing(["student"], families: families, classIDs: [classOf(id)])
        case .staff:
            // Roles are rows of their own, written anew.
            var tables: Set<String> = []
            if columns.contains("roles") { tables.insert("staff_role") }
            if !columns.subtracting(["roles"]).isEmpty { tables.insert("staff") }
            return Writing(tables)
        case .parent: return Writing(["parent"])
        case .schoolClass(let id): return Writing(["class"], classIDs: [id])
        case .subject: return Writing(["subject"])
        // The store changes no other record in place: it refuses them.
        case .period, .timetable, .group: return .nothing
        }
    }

    /// A removal, with the rows removed with it (a staff member's roles, a student's enrolments).
    private static func remove(_ record: Record, catalog: JournalCatalog, classOf: (String) -> Int?) -> Writing {
        switch record {
        case .student(let id):
            return Writing(
                ["student", "enrolment", "parent_child", "group_member"], families: [.studentNames, .personal],
                classIDs: [classOf(id)])
        case .staff: return Writing(["staff", "staff_role"])
        case .parent: return Writing(["parent", "parent_child"])
        case .schoolClass(let id): return Writing(["class"], classIDs: [id])
        case .subject: return Writing(["subject"])
        case .period: return Writing(["study_period"])
        case .timetable(let classID, _, _, _): return Writing(["timetable_entry"], classIDs: [classID])
        case .group(let id):
            let group = catalog.groups.first { $0.id == id }
            return Writing(["class_group", "group_member"], classIDs: [group?.classID])
        }
    }
}
