/// `.help` of the planning sources (the load, the timetable, the plan, the groups, the periods) and
/// of the links between sources, each in both languages; the tests run them.
extension LanguageReference {
    /// Examples of queries of a source, as `.help load` shows them, by the source's English word.
    public static let sourceExamples: [String: [String]] = [
        "load": [
            "load in 7А where draft or hours > 3 show subject, teacher, hours",
            "teachers show name, sum(load.hours), count(load)",
            "classes show name, sum(load.hours)",
        ],
        "timetable": [
            "timetable in 7А where weekday = 1 show number, subject, group, teacher, room",
            "timetable in S0055 during this week",
        ],
        "plan": [
            "plan in 7А during term 1 where not given show date, subject, topic",
            "lessons in 7А during term 1 where not planned show date, subject, topic",
            "classes during term 1 show name, count(plan), share(plan.given)",
        ],
        "groups": [
            "groups show name, class, subject, count(students)",
            "students in 7А show name, list(groups.name)",
        ],
        "periods": ["periods", "periods in 10А show number, start, end"],
        "parents": [
            "students where count(parents) = 0",
            "parents in 7А show name, visits(term 1), avg(children.marks(term 1))",
        ],
    ].merging(recordsSourceExamples) { planning, _ in planning }

    /// The same queries in Russian, by the English word.
    public static let russianSourceExamples: [String: [String]] = [
        "load": [
            "нагрузка в 7А где черновик или часы > 3 показать предмет, учитель, часы",
            "учителя показать фио, сумма(нагрузка.часы), количество(нагрузка)",
            "классы показать название, сумма(нагрузка.часы)",
        ],
        "timetable": [
            "расписание в 7А где день_недели = 1 показать номер, предмет, группа, учитель, кабинет",
            "расписание в S0055 за эту неделю",
        ],
        "plan": [
            "план в 7А за период 1 где не пройдена показать дата, предмет, тема",
            "уроки в 7А за период 1 где не по_плану показать дата, предмет, тема",
            "классы за период 1 показать название, количество(план), доля(план.пройдена)",
        ],
        "groups": [
            "группы показать название, класс, предмет, количество(ученики)",
            "ученики в 7А показать фио, список(группы.название)",
        ],
        "periods": ["периоды", "периоды в 10А показать номер, начало, конец"],
        "parents": [
            "ученики где количество(родители) = 0",
            "родители в 7А показать фио, посещения(период 1), среднее(дети.отметки(период 1))",
        ],
    ].merging(russianRecordsSourceExamples) { planning, _ in planning }
}
