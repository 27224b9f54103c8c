import ProbeCore

/// The fields a record copies from its prompt: what reports group and split by.
struct PromptAttributes: Sendable, Hashable {
    var topic: String
    var region: String
    var language: String
    var framing: String?
    var suite: String
    var control: Bool
    /// Links the same prompt across languages (`group`, or a `pair` mapped onto a two-member group); kept
    /// for the language-gap report.
    var translationGroup: String?
    /// Linked by `group` (a journal written since translation groups), not only by `pair`.
    var linkedByGroup: Bool

    init(_ record: ReportRecord) {
        topic = record.topic
        region = record.region
        language = record.language
        framing = record.framing
        suite = record.suite
        control = record.control
        translationGroup = Prompt.translationGroup(id: record.promptID, group: record.group, pair: record.pair)
        linkedByGroup = record.group != nil
    }

    /// The value a grouping sees; absent or empty fields form their own "(none)" group.
    func value(of field: GroupingField) -> String {
        let value: String? = switch field {
        case .topic: topic
        case .region: region
        case .language: language
        case .framing: framing
        case .suite: suite
        }
        guard let value, !value.isEmpty else { return Grouping.noneGroup }
        return value
    }
}
