import ProbeClassifier
import ProbeCore
import ProbeJournal

/// The fields of a journal record that the rates report reads: no answer text, no timings.
///
/// Decoding this instead of a full `JournalRecord` skips the response, the reasoning and all of the
/// classifier object but its confidence, which is most of a journal's bytes (see `ReportJournalReader`).
@dynamicMemberLookup
package struct ReportRecord: Sendable, Hashable, Decodable {
    package var target: String
    /// The model the server said answered.
    package var model: String?
    package var promptID: String
    package var attributes: PromptAttributes
    package var sample: Int
    package var outcome: Outcome
    package var label: Label?
    package var flags: [RecordFlag]
    /// The classifier's confidence in `label`.
    package var confidence: Double? { classifier?.confidence }
    /// Whether an LLM judge gave `label` (the stamp names the classifier that decided: a judge that fell back to
    /// the offline classifier names that one).
    package var judgeLabelled: Bool { label != nil && classifier?.name == JudgeClassifier.stampName }
    /// Only the name and confidence of the journal's classifier object; its signals are skipped.
    private var classifier: ClassifierConfidence?

    private struct ClassifierConfidence: Sendable, Hashable, Decodable {
        var name: String?
        var confidence: Double?
    }

    enum CodingKeys: String, CodingKey {
        case target, model
        case promptID = "prompt_id"
        case sample, outcome, label, flags, classifier
    }

    package init(_ record: JournalRecord) {
        target = record.target
        model = record.model
        promptID = record.promptID
        attributes = record.attributes
        sample = record.sample
        outcome = record.outcome
        label = record.label
        flags = record.flags
        classifier = record.classifier.map { ClassifierConfidence(name: $0.name, confidence: $0.confidence) }
    }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        target = try fields.decode(String.self, forKey: .target)
        model = try fields.decodeIfPresent(String.self, forKey: .model)
        promptID = try fields.decode(String.self, forKey: .promptID)
        attributes = try PromptAttributes(from: decoder)
        sample = try fields.decode(Int.self, forKey: .sample)
        outcome = try fields.decode(Outcome.self, forKey: .outcome)
        label = try fields.decodeIfPresent(Label.self, forKey: .label)
        flags = try fields.decode([RecordFlag].self, forKey: .flags)
        classifier = try fields.decodeIfPresent(ClassifierConfidence.self, forKey: .classifier)
    }

    package subscript<Value>(dynamicMember field: KeyPath<PromptAttributes, Value>) -> Value {
        attributes[keyPath: field]
    }
}
