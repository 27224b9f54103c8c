import ProbeCore
import ProbeJournal

/// The fields of a journal record that the rates report reads: no answer text, no timings.
///
/// Decoding this instead of a full `JournalRecord` skips the response, the reasoning and all of the
/// classifier object but its confidence, which is most of a journal's bytes (see `ReportJournalReader`).
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
    public var group: String?
    public var control: Bool
    public var sample: Int
    public var outcome: Outcome
    public var label: Label?
    public var flags: [String]
    /// The classifier's confidence in `label`.
    public var confidence: Double? { classifier?.confidence }
    /// Only the confidence of the journal's classifier object; its signals are skipped.
    private var classifier: ClassifierConfidence?

    private struct ClassifierConfidence: Sendable, Hashable, Decodable {
        var confidence: Double?
    }

    enum CodingKeys: String, CodingKey {
        case target, model
        case promptID = "prompt_id"
        case suite, topic, region, language, framing, pair, group, control, sample, outcome, label, flags, classifier
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
        group = record.group
        control = record.control
        sample = record.sample
        outcome = record.outcome
        label = record.label
        flags = record.flags
        classifier = record.classifier.map { ClassifierConfidence(confidence: $0.confidence) }
    }
}
