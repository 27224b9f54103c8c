import ProbeJournal
import ProbeClassifier

extension JournalRecord {
    /// What a classifier is asked about this record: only an `ok` answer is labelled.
    package var classifierInput: ClassifierInput? {
        guard outcome == .ok, let response else { return nil }
        return ClassifierInput(question: prompt ?? "", response: response, reasoning: reasoning, language: attributes.language)
    }
}
