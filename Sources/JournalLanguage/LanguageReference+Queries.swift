/// Examples of queries, as `.help WORD` shows them: of a query as a whole (`.help query`), of each
/// of its clauses (`.help where`), of each function (`.help marks`, `.help quality`, `.help spark`).
/// The tests run every one on the sample school, in both languages.
extension LanguageReference {
    public struct Examples: Sendable {
        public let english: [String]
        public let russian: [String]
    }

    public static let queryExamples: [String: Examples] = [
        "query": Examples(
            english: [
                "students in 7А where marks(math, term 2) < 3",
                "lessons in 7А during term 1 where homework is empty show date, subject, teacher",
                "marks during term 1 by teacher show teacher, share(late), count() order by share(late) desc limit 5",
            ],
            russian: [
                "ученики в 7А где отметки(математика, период 2) < 3",
                "уроки в 7А за период 1 где дз пусто показать дата, предмет, учитель",
                "отметки за период 1 по учителю показать учитель, доля(поздно), количество() сортировать по доля(поздно) убыв первые 5",
            ]),
        "in": Examples(
            english: [
                "students in 7", "lessons in 7А-eng-1 during this week", "marks in Тарасова Виктория during term 1",
            ],
            russian: ["ученики в 7", "уроки в 7А-eng-1 за эту неделю", "отметки в Тарасова Виктория за период 1"]),
        "during": Examples(
            english: [
                "lessons during term 2", "lessons during last 2 weeks", "marks during from 2026-09-01 to 2026-09-30",
            ],
            russian: ["уроки за период 2", "уроки за последние 2 недели", "отметки с 01.09.2026 по 30.09.2026"]),
        "where": Examples(
            english: [
                "students where not risk and (marks(term 1) < 3 or absences(term 1) >= 10)",
                "lessons where homework is empty or topic is not empty",
                "teachers show name, count(marks(term 1) where late)",
            ],
            russian: [
                "ученики где не риск и (отметки(период 1) < 3 или пропуски(период 1) >= 10)",
                "уроки где дз пусто",
                "учителя показать фио, количество(отметки(период 1) где поздно)",
            ]),
        "by": Examples(
            english: [
                "marks in 7А during term 1 by subject show subject, avg(value), count()", "students by class",
                "marks in 7А during last 2 weeks by teacher show teacher, count()",
            ],
            russian: [
                "отметки в 7А за период 1 по предмету показать предмет, среднее(значение), количество()",
                "ученики по классу",
                "отметки в 7А за последние 2 недели по учителю показать учитель, количество()",
            ]),
        "show": Examples(
            english: ["students in 7А show name, marks(term 1), absences(term 1)"],
            russian: ["ученики в 7А показать фио, отметки(период 1), пропуски(период 1)"]),
        "order": Examples(
            english: ["students in 7А show name, marks(term 1) order by marks(term 1) desc, name"],
            russian: ["ученики в 7А показать фио, отметки(период 1) сортировать по отметки(период 1) убыв, фио"]),
        "limit": Examples(
            english: ["students where absences(term 1) > 10 order by absences(term 1) desc limit 5"],
            russian: ["ученики где пропуски(период 1) > 10 сортировать по пропуски(период 1) убыв первые 5"]),
        "chart": Examples(
            english: ["marks in 7А during term 1 by value show value, count() chart"],
            russian: ["отметки в 7А за период 1 по значению показать значение, количество() диаграмма"]),
        "spark": Examples(
            english: [
                "students in 7А show name, spark(marks(term 1) by week)",
                "classes show name, spark(absences(term 1) by month)",
            ],
            russian: [
                "ученики в 7А показать фио, динамика(отметки(период 1) по неделям)",
                "классы показать название, динамика(пропуски(период 1) по месяцам)",
            ]),
        "all": Examples(
            english: [
                "teachers in 7А show name, marks(term 1), all(marks(term 1))",
                "students in 7А where risk show name, absences(term 1), all(absences(term 1))",
            ],
            russian: [
                "учителя в 7А показать фио, отметки(период 1), все(отметки(период 1))",
                "ученики в 7А где риск показать фио, пропуски(период 1), все(пропуски(период 1))",
            ]),
        "marks": Examples(
            english: ["students in 7А where marks(alg, term 1) < 3", "students in 7А show name, count(marks(today))"],
            russian: [
                "ученики в 7А где отметки(алг, период 1) < 3",
                "ученики в 7А показать фио, количество(отметки(сегодня))",
            ]),
        "absences": Examples(
            english: ["students where absences(term 1) > 10"],
            russian: ["ученики где пропуски(период 1) > 10"]),
        "lates": Examples(
            english: ["students in 7А show name, lates(term 1)"],
            russian: ["ученики в 7А показать фио, опоздания(период 1)"]),
        "visits": Examples(
            english: ["parents in 7Б where visits(last 14 days) = 0 show name, phone"],
            russian: ["родители в 7Б где посещения(последние 14 дней) = 0 показать фио, телефон"]),
        "lessons": Examples(
            english: ["teachers show name, count(lessons(term 1))"],
            russian: ["учителя показать фио, количество(уроки(период 1))"]),
        "topics": Examples(
            english: ["teachers show name, topics(term 1)"], russian: ["учителя показать фио, темы(период 1)"]),
        "homework": Examples(
            english: ["teachers show name, homework(term 1)"], russian: ["учителя показать фио, дз(период 1)"]),
        "students": Examples(
            english: ["classes show name, count(students)"], russian: ["классы показать название, количество(ученики)"]),
        "grade": Examples(
            english: ["students in 7Б where grade(alg, term 1) = 2"],
            russian: ["ученики в 7Б где итоговая(алг, период 1) = 2"]),
        "quality": Examples(
            english: ["classes show name, quality(term 1)"], russian: ["классы показать название, качество(период 1)"]),
        "pass_rate": Examples(
            english: ["classes show name, pass_rate(alg, term 1)"],
            russian: ["классы показать название, успеваемость(алг, период 1)"]),
        "sou": Examples(
            english: ["classes show name, sou(term 1)"], russian: ["классы показать название, соу(период 1)"]),
        "n5": Examples(english: ["classes show name, n5(term 1)"], russian: ["классы показать название, н5(период 1)"]),
        "n4": Examples(english: ["classes show name, n4(term 1)"], russian: ["классы показать название, н4(период 1)"]),
        "n3": Examples(english: ["classes show name, n3(term 1)"], russian: ["классы показать название, н3(период 1)"]),
        "n2": Examples(english: ["classes show name, n2(term 1)"], russian: ["классы показать название, н2(период 1)"]),
        "n_na": Examples(
            english: ["classes show name, n_na(term 1)"], russian: ["классы показать название, н_на(период 1)"]),
        "avg": Examples(
            english: [
                "classes show name, avg(marks(term 1))", "marks during term 1 by subject show subject, avg(value)",
                "marks during term 1 by subject show subject, avg(value where kind = control)",
            ],
            russian: [
                "классы показать название, среднее(отметки(период 1))",
                "отметки за период 1 по предмету показать предмет, среднее(значение)",
                "отметки за период 1 по предмету показать предмет, среднее(значение где вид = контрольная)",
            ]),
        "count": Examples(
            english: [
                "students in 7А where risk show count()", "students in 7А show name, count(marks(term 1))",
                "teachers show name, count(marks(term 1) where late)",
            ],
            russian: [
                "ученики в 7А где риск показать количество()",
                "ученики в 7А показать фио, количество(отметки(период 1))",
                "учителя показать фио, количество(отметки(период 1) где поздно)",
            ]),
        "min": Examples(
            english: ["marks in 7А during term 1 by subject show subject, min(value)"],
            russian: ["отметки в 7А за период 1 по предмету показать предмет, мин(значение)"]),
        "max": Examples(
            english: ["marks in 7А during term 1 by subject show subject, max(value)"],
            russian: ["отметки в 7А за период 1 по предмету показать предмет, макс(значение)"]),
        "list": Examples(
            english: ["students where risk show name, list(marks(today))"],
            russian: ["ученики где риск показать фио, список(отметки(сегодня))"]),
        "sum": Examples(
            english: ["marks in 7А during term 1 by subject show subject, sum(value)"],
            russian: ["отметки в 7А за период 1 по предмету показать предмет, сумма(значение)"]),
        "share": Examples(
            english: ["marks during term 1 by teacher show teacher, share(late)"],
            russian: ["отметки за период 1 по учителю показать учитель, доля(поздно)"]),
        "median": Examples(
            english: [
                "marks in 7А during term 1 by subject show subject, median(value), count()",
                "students in 7А show name, median(marks(term 1))",
            ],
            russian: [
                "отметки в 7А за период 1 по предмету показать предмет, медиана(значение), количество()",
                "ученики в 7А показать фио, медиана(отметки(период 1))",
            ]),
        "stddev": Examples(
            english: [
                "marks in 7А during term 1 by subject show subject, avg(value), stddev(value)",
                "students in 7А show name, stddev(marks(term 1))",
            ],
            russian: [
                "отметки в 7А за период 1 по предмету показать предмет, среднее(значение), ско(значение)",
                "ученики в 7А показать фио, ско(отметки(период 1))",
            ]),
        "month": Examples(
            english: ["students where month(birth_date) = 12 show name, class, birth_date"],
            russian: ["ученики где месяц(дата_рождения) = 12 показать фио, класс, дата_рождения"]),
        "weekday": Examples(
            english: ["marks during term 1 by weekday show weekday, avg(value)"],
            russian: ["отметки за период 1 по дню_недели показать день_недели, среднее(значение)"]),
        "week": Examples(
            english: ["marks in 7А during term 1 by week show week, avg(value), count()"],
            russian: ["отметки в 7А за период 1 по неделе показать неделя, среднее(значение), количество()"]),
    ]

    /// A query and its clauses, in their order, as `.help` lists them.
    public static let clauseWords = ["query", "in", "during", "where", "by", "show", "order", "limit", "chart"]
}
