/// What Tab does with a completer's candidates: the usual shell behaviour, as a value, so that
/// it is tested without a terminal.
///
/// One candidate replaces the word being typed, followed by a space where a new word comes
/// next (see `spaceFollows`); several extend it to their longest common prefix, and when that
/// adds nothing, the bell rings and a second Tab lists them:
///
///     TabCompletion.action(candidates: ["ученики"], typed: "уч", repeated: false)
///     // .replace(with: "ученики ")
///     TabCompletion.action(candidates: ["ученики", "учителя"], typed: "у", repeated: false)
///     // .replace(with: "уч")
///     TabCompletion.action(candidates: ["ученики", "учителя"], typed: "уч", repeated: true)
///     // .list(["ученики", "учителя"])
enum TabCompletion: Equatable {
    /// Nothing to add: ring the bell.
    case beep
    /// Put `text` in place of the typed part of the word.
    case replace(with: String)
    /// Show the candidates below the line.
    case list([String])

    /// What Tab does, given the candidates, the part of the word already typed, whether this
    /// Tab comes straight after another one that changed nothing, and whether a word completed
    /// alone is followed by a space.
    static func action(candidates: [String], typed: String, repeated: Bool, spaceAfter: Bool = true)
        -> TabCompletion
    {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard let first = unique.first else { return .beep }
        if unique.count == 1 {
            return .replace(with: first + (spaceAfter && endsWord(first) ? " " : ""))
        }
        let prefix = commonPrefix(unique)
        // A completer may match without regard to case: only a prefix at least as long as the
        // typed text may replace it, or letters typed would be lost.
        if prefix.count > typed.count {
            return .replace(with: prefix)
        }
        return repeated ? .list(unique) : .beep
    }

    /// The longest common prefix of `words`, by characters.
    static func commonPrefix(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        var prefix = first[...]
        for word in words.dropFirst() {
            prefix = prefix.commonPrefix(with: word)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// Whether a word completed between `before` and `after` (the line on each side of the
    /// cursor, less the typed part) takes a space: not inside an open parenthesis, where `,` or
    /// `)` comes next (`marks(Алгебра`), and not where the line goes on with a blank or either.
    static func spaceFollows(before: String, after: String) -> Bool {
        if let next = after.first, next.isWhitespace || next == "," || next == ")" { return false }
        let depth = before.reduce(0) { depth, character in
            character == "(" ? depth + 1 : character == ")" ? max(depth - 1, 0) : depth
        }
        return depth == 0
    }

    /// Whether a space may follow a completed word: not after a word that goes on, such as
    /// `count(`, `class.` or a path.
    private static func endsWord(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return !(last.isWhitespace || "(./=".contains(last))
    }

    /// The candidates in columns that fit `width`, filled down each column first, as shells list them.
    ///
    ///     TabCompletion.columns(["ученики", "учителя", "уроки"], width: 20)
    ///     // "ученики  уроки\nучителя"
    static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let widest = items.map(\.count).max() ?? 0
        let gap = 2
        let perRow = max(1, (max(width, 1) - widest) / (widest + gap) + 1)
        let rows = (items.count + perRow - 1) / perRow
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < items.count else { break }
                let item = items[index]
                let isLast = column == perRow - 1 || (column + 1) * rows + row >= items.count
                line += isLast ? item : item + String(repeating: " ", count: widest + gap - item.count)
            }
            lines.append(line)
        }
        return lines.joinedText(separator: "\n")
    }
}

extension Substring {
    /// The characters this and `other` start with alike.
    fileprivate func commonPrefix(with other: String) -> Substring {
        var end = startIndex
        var otherIndex = other.startIndex
        while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
            formIndex(after: &end)
            other.formIndex(after: &otherIndex)
        }
        return self[startIndex..<end]
    }
}
