// Русские тексты этого модуля. Каждый текст `FoundationText` есть здесь и в `English.swift`.

extension FoundationText {
    public var russian: String {
        switch self {
        case .error: "ошибка"
        case .hint: "подсказка"
        case .warning: "предупреждение"
        case .note: "примечание"
        case .didYouMean: "может быть, {1}?"
        case .quoted: "«{1}»"
        case .or: " или "
        }
    }
}
