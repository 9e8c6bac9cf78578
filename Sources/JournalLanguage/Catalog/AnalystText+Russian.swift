// Русские тексты `AnalystText`. Каждый текст есть здесь и в `AnalystText+English.swift`.

extension AnalystText {
    public var russian: String {
        switch self {
        case .medianOfAGroup:
            "{1}({2}(…)) по группе «{3}» не складывается из медиан её строк: её не свести"
        case .medianOfAGroupHint:
            "спросите сами отметки: отметки в 7А за период 1 по предмету показать предмет, медиана(значение)"
        }
    }
}
