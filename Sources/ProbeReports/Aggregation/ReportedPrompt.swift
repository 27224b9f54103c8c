import ProbeCore

/// What the report keeps of a record's prompt (interned, one per distinct value): its attributes and the
/// translation group they link it to.
struct ReportedPrompt: Sendable, Hashable {
    var attributes: PromptAttributes
    /// Links the same prompt across languages (`group`, or a `pair` mapped onto a two-member group); kept
    /// for the language-gap report.
    var translationGroup: String?

    init(_ record: ReportRecord) {
        attributes = record.attributes
        translationGroup = Prompt.translationGroup(id: record.promptID, group: record.group, pair: record.pair)
    }

    var control: Bool { attributes.control }
    var language: String { attributes.language }
    /// Linked by `group` (a journal written since translation groups), not only by `pair`.
    var linkedByGroup: Bool { attributes.group != nil }

    /// The value a grouping sees; absent or empty fields form their own "(none)" group.
    func value(of field: PromptAttributes.Field) -> String {
        guard let value = attributes.text(of: field), !value.isEmpty else { return Grouping.noneGroup }
        return value
    }
}
