import Foundation

/// A prompt field that reports can group by.
public enum GroupingField: String, Sendable, CaseIterable, Hashable {
    case topic, region, language, framing, suite
}

/// One way to split records into groups: by one field, by a combination such as topic+language,
/// or not at all (`overall`).
public struct Grouping: Sendable, Hashable, LosslessStringConvertible {
    /// The fields combined, in the order they name the group.
    public let fields: [GroupingField]

    public static let overall = Grouping([])
    public static let topic = Grouping([.topic])
    /// The single group of `overall`.
    public static let overallGroup = "all"
    static let noneGroup = "(none)"
    static let fieldSeparator = "+"
    static let valueSeparator = " / "

    public init(_ fields: [GroupingField]) {
        self.fields = fields
    }

    /// Parses "overall", a field name, or field names joined by "+" ("topic+language").
    /// Unknown or repeated fields give `nil`.
    public init?(_ description: String) {
        if description == "overall" {
            self = .overall
            return
        }
        var fields: [GroupingField] = []
        for name in description.split(separator: Self.fieldSeparator, omittingEmptySubsequences: false) {
            guard let field = GroupingField(rawValue: name.trimmingCharacters(in: .whitespaces)),
                  !fields.contains(field)
            else { return nil }
            fields.append(field)
        }
        self.init(fields)
    }

    public var description: String {
        fields.isEmpty ? "overall" : fields.map(\.rawValue).joined(separator: Self.fieldSeparator)
    }

    /// The group a prompt falls in: its field values joined by " / ".
    func group(of attributes: PromptAttributes) -> String {
        fields.isEmpty
            ? Self.overallGroup
            : fields.map { attributes.value(of: $0) }.joined(separator: Self.valueSeparator)
    }
}
