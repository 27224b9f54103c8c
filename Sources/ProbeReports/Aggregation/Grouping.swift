import Foundation
import ProbeCore

/// One way to split records into groups: by one field, by a combination such as topic+language,
/// or not at all (`overall`).
package struct Grouping: Sendable, Hashable, LosslessStringConvertible {
    /// The fields combined, in the order they name the group.
    package let fields: [PromptAttributes.Field]

    package static let overall = Grouping([])
    package static let topic = Grouping([.topic])
    /// The single group of `overall`.
    package static let overallGroup = "all"
    static let noneGroup = "(none)"
    static let fieldSeparator = "+"
    static let valueSeparator = " / "

    package init(_ fields: [PromptAttributes.Field]) {
        self.fields = fields
    }

    /// Parses "overall", a field name, or field names joined by "+" ("topic+language").
    /// Unknown or repeated fields give `nil`.
    package init?(_ description: String) {
        if description == "overall" {
            self = .overall
            return
        }
        var fields: [PromptAttributes.Field] = []
        for name in description.split(separator: Self.fieldSeparator, omittingEmptySubsequences: false) {
            guard let field = PromptAttributes.Field(rawValue: name.trimmingCharacters(in: .whitespaces)),
                  !fields.contains(field)
            else { return nil }
            fields.append(field)
        }
        self.init(fields)
    }

    package var description: String {
        fields.isEmpty ? "overall" : fields.map(\.rawValue).joined(separator: Self.fieldSeparator)
    }

    /// The group a prompt falls in: its field values joined by " / ".
    func group(of attributes: ReportedPrompt) -> String {
        fields.isEmpty
            ? Self.overallGroup
            : fields.map { attributes.value(of: $0) }.joined(separator: Self.valueSeparator)
    }
}
