import JournalFoundation

extension PaperText {
    public var russian: String {
        switch self {
        case .workbookNotCreated: "не удалось создать книгу {1}"
        case .workbookNotWritten: "не удалось записать книгу {1}: {2}"
        case .sheet: "Лист {1}"
        case .chartNeedsANumber: "для диаграммы нужен столбец чисел: покажите количество, среднее или другую меру"
        case .chartNeedsALabel: "для диаграммы нужен столбец с подписями: сгруппируйте с помощью «по» и покажите его"
        }
    }
}
