/// The fields a record copies from its prompt: what reports group and split by.
struct PromptAttributes: Sendable, Hashable {
    var topic: String
    var region: String
    var language: String
    var framing: String?
    var suite: String
    var control: Bool
    /// Links the same prompt across languages; kept for the language-gap report.
    var pair: String?

    init(_ record: ReportRecord) {
        topic = record.topic
        region = record.region
        language = record.language
        framing = record.framing
        suite = record.suite
        control = record.control
        pair = record.pair
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
