import JournalFoundation

extension PaperText {
    public var russian: String {
        switch self {
        case .workbookNotCreated: "не удалось создать книгу {1}"
        case .workbookNotWritten: "не удалось записать книгу {1}: {2}"
        case .workbookFolderHint:
            "укажите файл в существующей папке, куда у вас есть право записи, например --output ведомость.xlsx"
        case .workbookLibraryMissing: "книгу {1} не записать: не установлена библиотека libxlsxwriter"
        case .workbookLibraryHint:
            "установите её (Debian: apt-get install libxlsxwriter4 или scripts/install-deps) или выберите --format csv-excel"
        case .sheet: "Лист {1}"
        case .chartNeedsANumber: "для диаграммы нужен столбец чисел: покажите количество, среднее или другую меру"
        case .chartNeedsALabel: "для диаграммы нужен столбец с подписями: сгруппируйте с помощью «по» и покажите его"
        case .classLabel: "Класс"
        case .classTeacherLabel: "Классный руководитель"
        case .periodLabel: "Период"
        case .dateLabel: "Дата"
        case .rows: "{1} {1|строка|строки|строк}"
        case .signatureLine: "подпись"
        case .madeBy: "Сформировано в ejournal {1}"
        case .yes: "да"
        case .no: "нет"
        case .slipName: "ФИО"
        case .slipClassOrRole: "Класс или роль"
        case .slipLogin: "Логин"
        case .slipPassword: "Одноразовый пароль"
        case .slipHowTo:
            """
            Вход: ejournal --db {1} --user {2}, затем введите этот пароль. Он действует один раз: сразу после \
            входа придумайте свой, не короче {3} символов. Никому не показывайте этот листок.
            """
        case .chartExample: "например: отметки в 7А за период 1 по значению показать значение, количество() диаграмма"
        case .cutHere: "линия отреза"
        }
    }
}
