/// What the language offers, for the shell's help, `.schema` and Tab completion.
public enum LanguageReference {
    /// A source of rows with its fields (and their kinds) and the functions of its rows.
    public struct SourceInfo: Sendable {
        public let name: String
        public let fields: [(name: String, kind: String)]
        public let functions: [String]
        /// The columns shown when a query names none.
        public let natural: [String]
    }

    /// Every source, in the order of the grammar.
    public static var sources: [SourceInfo] {
        Resolved.Source.allCases.map { source in
            let schema = SourceSchema.schema(source)
            return SourceInfo(
                name: source.rawValue,
                fields: schema.fields.map { ($0.name, kind(of: $0.type)) },
                functions: Resolver.sets(of: source).map { $0 + "(…)" },
                natural: schema.natural)
        }
    }

    /// The words that may start a statement.
    public static var statementWords: [String] { Parser.statementWords }
    /// The clause keywords of a query.
    public static var clauses: [String] { Parser.clauses }
    /// The words that start a time span.
    public static var spanWords: [String] { Parser.spanWords }
    /// The aggregates and functions.
    public static var functions: [String] { Resolver.functions }

    static func kind(of type: Resolved.ValueType) -> String {
        switch type {
        case .number: return "number"
        case .text: return "text"
        case .date: return "date"
        case .timestamp: return "date and time"
        case .bool: return "yes/no"
        case .enumeration(_, let values): return values.joined(separator: "|")
        case .person: return "person"
        case .subject: return "subject"
        case .schoolClass: return "class"
        case .grade: return "period grade"
        }
    }
}
