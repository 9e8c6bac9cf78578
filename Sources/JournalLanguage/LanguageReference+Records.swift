/// `.help` of the records' sources (exam results, enrolments, accounts, backups), each in both
/// languages; the tests run them.
extension LanguageReference {
    /// Examples of queries of the records' sources, by the source's English word.
    static let recordsSourceExamples: [String: [String]] = [
        "exams": [
            "exams in 10А where exam = ЕГЭ and mark = 2 show student, subject, score",
            "exams during year by subject, exam show subject, exam, count(), avg(score)",
            "exams where late show student, subject, received_on, entered_at",
        ],
        "enrolment": [
            "enrolment in S0055",
            "enrolment in 7А where not current show student, start, end, reason",
        ],
        "accounts": [
            "accounts in 7А where must_change show user, role, login",
            "accounts where failed_logins > 0 show login, failed_logins, last_login",
        ],
        "backups": [
            "backups during year show at, path, verified, problem",
            "backups where not verified",
        ],
        "orders": [
            "orders during year where kind = transfer show number, date, student, class",
            "orders in 7А",
            "enrolment where end_order_number is not empty show student, class, end, end_order_number",
        ],
    ]

    /// The same queries in Russian, by the English word.
    static let russianRecordsSourceExamples: [String: [String]] = [
        "exams": [
            "экзамены в 10А где экзамен = егэ и отметка = 2 показать ученик, предмет, баллы",
            "экзамены за год по предметам, экзамен показать предмет, экзамен, количество(), среднее(баллы)",
            "экзамены где поздно показать ученик, предмет, дата_получения, внесено",
        ],
        "enrolment": [
            "зачисления в S0055",
            "история_обучения в 7А где не текущее показать ученик, начало, конец, причина",
        ],
        "accounts": [
            "учётные_записи в 7А где сменить_пароль показать пользователь, роль, логин",
            "учётные_записи где неудачные_входы > 0 показать логин, неудачные_входы, последний_вход",
        ],
        "backups": [
            "резервные_копии за год показать время, путь, проверена, проблема",
            "резервные_копии где не проверена",
        ],
        "orders": [
            "приказы за год где вид = перевод показать номер, дата, ученик, класс",
            "приказы в 7А",
            "зачисления где номер_приказа_о_выбытии не пусто показать ученик, класс, конец, номер_приказа_о_выбытии",
        ],
    ]
}
