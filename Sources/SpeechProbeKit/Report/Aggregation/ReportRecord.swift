/// The fields of a journal record that the rates report reads: no answer text, no timings.
///
/// Decoding this instead of a full `JournalRecord` skips the response, reasoning and classifier
/// objects, which is most of a journal's bytes (see `ReportJournalReader`).
public struct ReportRecord: Sendable, Hashable, Decodable {
    public var target: String
    /// The model the server said answered.
    public var model: String?
    public var promptID: String
    public var suite: String
    public var topic: String
    public var region: String
    public var language: String
    public var framing: String?
    public var pair: String?
    public var control: Bool
    public var sample: Int
    public var outcome: Outcome
    public var label: Label?
    public var flags: [String]
    /// The classifier's confidence in `label`.
    public var confidence: Double?

    enum CodingKeys: String, CodingKey {
        case target, model
        case promptID = "prompt_id"
        case suite, topic, region, language, framing, pair, control, sample, outcome, label, flags, classifier
    }

    /// Only the confidence of the journal's classifier object; its signals are skipped.
    private struct ClassifierConfidence: Decodable {
        var confidence: Double?
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decode(String.self, forKey: .target)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        promptID = try container.decode(String.self, forKey: .promptID)
        suite = try container.decode(String.self, forKey: .suite)
        topic = try container.decode(String.self, forKey: .topic)
        region = try container.decode(String.self, forKey: .region)
        language = try container.decode(String.self, forKey: .language)
        framing = try container.decodeIfPresent(String.self, forKey: .framing)
        pair = try container.decodeIfPresent(String.self, forKey: .pair)
        control = try container.decode(Bool.self, forKey: .control)
        sample = try container.decode(Int.self, forKey: .sample)
        outcome = try container.decode(Outcome.self, forKey: .outcome)
        label = try container.decodeIfPresent(Label.self, forKey: .label)
        flags = try container.decode([String].self, forKey: .flags)
        confidence = try container.decodeIfPresent(ClassifierConfidence.self, forKey: .classifier)?.confidence
    }

    public init(_ record: JournalRecord) {
        target = record.target
        model = record.model
        promptID = record.promptID
        suite = record.suite
        topic = record.topic
        region = record.region
        language = record.language
        framing = record.framing
        pair = record.pair
        control = record.control
        sample = record.sample
        outcome = record.outcome
        label = record.label
        flags = record.flags
        confidence = record.classifier?.confidence
    }
}
